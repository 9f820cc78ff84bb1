import type { PainRegion, SafetyIntake } from "@painplan/core";
import { describe, expect, test } from "vitest";
import {
  draftFromIntake,
  firstOpenStep,
  intakeRequestFromDraft,
  isItemAnswered,
  isItemShown,
  profileRegionsWith,
  type IntakeDraft,
} from "./intake-draft";
import { intakeSteps } from "./intake-steps";

const empty: Pick<SafetyIntake, "answers" | "preferences"> = { answers: {}, preferences: {} };

/** A complete intake as stored before issue 10 added questions (answers all "no"). */
const oldIntakeJson = JSON.stringify({
  answers: {
    ...Object.fromEntries(
      [
        "bloodThinners",
        "bleedingDisorder",
        "lowPlatelets",
        "bloodClot",
        "diabetesFootProblems",
        "recentSurgery",
        "fragileSkin",
        "lymphoedema",
        "chemotherapyNow",
        "multipleSclerosisHeatSensitivity",
        "implantedDevice",
        "epilepsy",
        "pregnancy",
        "feverOrInfection",
        "fallsOrPoorBalance",
        "boneWeakness",
      ].map((id) => [id, "no"]),
    ),
    reducedSensationRegionIds: [],
    redFlags: Object.fromEntries(
      [
        "spreading-weakness",
        "sudden-one-sided-weakness",
        "saddle-numbness-or-bladder-change",
        "breathlessness-or-chest-pain",
        "self-harm-thoughts",
        "foot-infection-signs",
        "one-sided-leg-swelling",
        "fever-with-back-pain-or-cancer-pain",
      ].map((id) => [id, "no"]),
    ),
  },
  preferences: { pressurePreference: "medium", discomfortSignal: "I say stop." },
});

function aDraft(overrides: Partial<IntakeDraft> = {}): IntakeDraft {
  return { ...draftFromIntake(empty), ...overrides };
}

describe("intakeRequestFromDraft", () => {
  test("details of a question answered no (or not sure) are not sent", () => {
    const draft = aDraft({
      answers: { bloodThinners: "no", bloodThinnerNames: "warfarin", bloodClot: "not-sure" },
    });
    const { answers } = intakeRequestFromDraft(draft, "in-progress");
    expect(answers).toEqual({
      bloodThinners: "no",
      bloodClot: "not-sure",
      reducedSensationRegionIds: null,
    });
  });

  test("details of a yes are kept; half-typed blanks are dropped", () => {
    const draft = aDraft({
      answers: {
        bloodThinners: "yes",
        bloodThinnerNames: "warfarin",
        recentSurgery: "yes",
        recentSurgeryDate: " ",
      },
    });
    const { answers } = intakeRequestFromDraft(draft, "in-progress");
    expect(answers["bloodThinnerNames"]).toBe("warfarin");
    expect(answers).not.toHaveProperty("recentSurgeryDate");
  });

  test("reduced sensation: no = nowhere ([]), not sure = not answered (null), yes = the areas", () => {
    const areas = { reducedSensationRegionIds: ["left-sole"] };
    const send = (reducedSensation: IntakeDraft["reducedSensation"]) =>
      intakeRequestFromDraft(aDraft({ answers: areas, reducedSensation }), "in-progress").answers
        .reducedSensationRegionIds;
    expect(send("no")).toEqual([]);
    expect(send("not-sure")).toBeNull();
    expect(send("yes")).toEqual(["left-sole"]);
  });

  test("an emergency contact is sent only once it has a name or a phone", () => {
    const blank = intakeRequestFromDraft(aDraft(), "complete");
    expect(blank.preferences.emergencyContact).toBeNull();
    const contact = { name: "Sam", phone: "+44 20 7946 0000", relationship: "" };
    const filled = intakeRequestFromDraft(aDraft({ contact }), "complete");
    expect(filled.preferences.emergencyContact).toEqual({ name: "Sam", phone: "+44 20 7946 0000" });
  });
});

describe("draftFromIntake", () => {
  test("the areas answer becomes yes / no / unanswered", () => {
    const withAreas = draftFromIntake({
      answers: { reducedSensationRegionIds: ["left-sole"] },
      preferences: {},
    });
    expect(withAreas.reducedSensation).toBe("yes");
    const nowhere = draftFromIntake({
      answers: { reducedSensationRegionIds: [] },
      preferences: {},
    });
    expect(nowhere.reducedSensation).toBe("no");
    expect(draftFromIntake(empty).reducedSensation).toBeNull();
  });
});

describe("resuming", () => {
  test("a new intake starts at the first step", () => {
    expect(firstOpenStep(intakeSteps, aDraft(), "in-progress")).toBe(0);
  });

  test("resumes at the first step with a question left open", () => {
    const redFlags = {
      "spreading-weakness": "no",
      "sudden-one-sided-weakness": "no",
      "saddle-numbness-or-bladder-change": "no",
      "breathlessness-or-chest-pain": "no",
      "self-harm-thoughts": "no",
      "foot-infection-signs": "no",
      "foot-sore-with-fever": "no",
      "lasting-new-numbness": "no",
      "sudden-warm-swollen-foot": "no",
      "one-sided-leg-swelling": "no",
      "fever-with-back-pain-or-cancer-pain": "not-sure",
    } as const;
    expect(firstOpenStep(intakeSteps, aDraft({ answers: { redFlags } }), "in-progress")).toBe(2);
  });

  test("an intake saved before the questions of reference §7 resumes where they are asked", () => {
    // Stored JSON from before the change: every old question answered, none of the new keys.
    const stored = JSON.parse(oldIntakeJson) as Pick<SafetyIntake, "answers" | "preferences">;
    const draft = draftFromIntake(stored);
    expect(firstOpenStep(intakeSteps, draft, "in-progress")).toBe(1);
    const open = intakeSteps
      .flatMap((step) => step.items)
      .filter((item) => isItemShown(item, draft) && !isItemAnswered(item, draft))
      .map((item) => (item.kind === "question" || item.kind === "red-flag" ? item.id : item.kind));
    expect(open).toEqual([
      "foot-sore-with-fever",
      "lasting-new-numbness",
      "sudden-warm-swollen-foot",
      "poorLegCirculation",
      "glucoseLoweringMedicine",
      "heartOrKidneyFailure",
      "dizzyOnStanding",
    ]);
  });

  test("a finished intake is reviewed from the start", () => {
    expect(firstOpenStep(intakeSteps, aDraft(), "complete")).toBe(0);
  });
});

describe("follow-up questions", () => {
  const lowBloodCounts = { kind: "question", id: "lowBloodCounts" } as const;

  test("low blood counts is asked only during chemotherapy", () => {
    expect(isItemShown(lowBloodCounts, aDraft({ answers: { chemotherapyNow: "no" } }))).toBe(false);
    expect(isItemShown(lowBloodCounts, aDraft({ answers: { chemotherapyNow: "yes" } }))).toBe(true);
  });

  test("a hidden question does not hold its step open", () => {
    expect(isItemAnswered(lowBloodCounts, aDraft({ answers: { chemotherapyNow: "no" } }))).toBe(
      true,
    );
    expect(isItemAnswered(lowBloodCounts, aDraft({ answers: { chemotherapyNow: "yes" } }))).toBe(
      false,
    );
  });
});

test("the pain profile's numb areas are offered as a start", () => {
  const regions: PainRegion[] = [
    { regionId: "left-sole", intensity: 6, qualities: ["numbness", "burning"] },
    { regionId: "right-palm", intensity: 3, qualities: ["touch-hypersensitivity"] },
  ];
  expect(profileRegionsWith(regions, "numbness")).toEqual(["left-sole"]);
  expect(profileRegionsWith(regions, "touch-hypersensitivity")).toEqual(["right-palm"]);
});
