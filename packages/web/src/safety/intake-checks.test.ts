import { describe, expect, test } from "vitest";
import { checkStep, isDraftComplete, stepIndexFrom } from "./intake-checks";
import { draftFromIntake, type IntakeDraft } from "./intake-draft";
import { intakeSteps } from "./intake-steps";

const sensationStep = intakeSteps.find((step) =>
  step.items.some((item) => item.kind === "reduced-sensation"),
);
const notesStep = intakeSteps.at(-1);
const empty = draftFromIntake({ answers: {}, preferences: {} });
const withDraft = (overrides: Partial<IntakeDraft>): IntakeDraft => ({ ...empty, ...overrides });

describe("checkStep", () => {
  if (sensationStep === undefined || notesStep === undefined) throw new Error("steps missing");

  test("'yes, feeling is reduced' needs at least one area", () => {
    const problems = checkStep(sensationStep, withDraft({ reducedSensation: "yes" }));
    expect(problems["answers.reducedSensationRegionIds"]).toContain("at least one area");
    const withArea = withDraft({
      reducedSensation: "yes",
      answers: { reducedSensationRegionIds: ["left-sole"] },
    });
    expect(checkStep(sensationStep, withArea)).toEqual({});
  });

  test("an emergency contact needs both a name and a phone", () => {
    const notes = { pressurePreference: "light", discomfortSignal: "I will say stop" } as const;
    const nameOnly = withDraft({
      preferences: notes,
      contact: { name: "Sam", phone: "", relationship: "" },
    });
    expect(Object.keys(checkStep(notesStep, nameOnly))).toEqual([
      "preferences.emergencyContact.phone",
    ]);
    expect(checkStep(notesStep, withDraft({ preferences: notes }))).toEqual({});
  });

  test("a finished intake needs a pressure and a way to signal discomfort", () => {
    expect(Object.keys(checkStep(notesStep, empty))).toEqual([
      "preferences.pressurePreference",
      "preferences.discomfortSignal",
    ]);
  });

  test("after a yes, the details the rules need are asked for on the same step", () => {
    const skin = intakeSteps.find((step) => step.title === "Skin and healing");
    if (skin === undefined) throw new Error("steps missing");
    const surgery = withDraft({ answers: { recentSurgery: "yes" } });
    expect(Object.keys(checkStep(skin, surgery))).toEqual([
      "answers.recentSurgeryRegionIds",
      "answers.recentSurgeryDate",
    ]);
    const noSurgery = withDraft({ answers: { recentSurgery: "no" } });
    expect(checkStep(skin, noSurgery)).toEqual({});
  });

  test("other steps have nothing to check here", () => {
    const first = intakeSteps[0];
    if (first === undefined) throw new Error("no steps");
    expect(checkStep(first, withDraft({ reducedSensation: "yes" }))).toEqual({});
  });
});

test("the step in the address is used when it is a real step", () => {
  expect(stepIndexFrom("3", 0, 8)).toBe(2);
  expect(stepIndexFrom(null, 4, 8)).toBe(4);
  expect(stepIndexFrom("9", 4, 8)).toBe(4);
  expect(stepIndexFrom("two", 1, 8)).toBe(1);
});

test("complete only when every step is answered and its details given", () => {
  const redFlags = Object.fromEntries(
    intakeSteps
      .flatMap((step) => step.items)
      .flatMap((item) => (item.kind === "red-flag" ? [[item.id, "no"]] : [])),
  );
  const questions = Object.fromEntries(
    intakeSteps
      .flatMap((step) => step.items)
      .flatMap((item) => (item.kind === "question" ? [[item.id, "no"]] : [])),
  );
  const done = withDraft({
    answers: { ...questions, redFlags },
    reducedSensation: "no",
    preferences: { pressurePreference: "light", discomfortSignal: "I will say stop" },
  });
  expect(isDraftComplete(intakeSteps, done)).toBe(true);
  expect(isDraftComplete(intakeSteps, { ...done, reducedSensation: null })).toBe(false);
  const surgeryWithoutDate = {
    ...done,
    answers: { ...done.answers, recentSurgery: "yes" as const },
  };
  expect(isDraftComplete(intakeSteps, surgeryWithoutDate)).toBe(false);
});
