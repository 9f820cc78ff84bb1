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
      "one-sided-leg-swelling": "no",
      "fever-with-back-pain-or-cancer-pain": "not-sure",
    } as const;
    expect(firstOpenStep(intakeSteps, aDraft({ answers: { redFlags } }), "in-progress")).toBe(2);
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
