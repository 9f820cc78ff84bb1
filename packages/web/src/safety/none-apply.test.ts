import { describe, expect, it } from "vitest";
import type { IntakeDraft } from "./intake-draft";
import { intakeSteps } from "./intake-steps";
import { isDraftComplete, checkStep } from "./intake-checks";
import { isItemAnswered } from "./intake-draft";
import { canSayNoneApply, noneApply } from "./none-apply";

const empty: IntakeDraft = {
  answers: {},
  preferences: {},
  reducedSensation: null,
  contact: { name: "", phone: "", relationship: "" },
};

const stepTitled = (title: string) => {
  const step = intakeSteps.find((candidate) => candidate.title === title);
  if (step === undefined) throw new Error(title);
  return step;
};

describe("none of these apply to me (issue 14)", () => {
  it("answers every question of each step 'no', so each step is done in one tap", () => {
    let draft = empty;
    for (const step of intakeSteps.slice(0, -1)) {
      expect(canSayNoneApply(step, draft), step.title).toBe(true);
      draft = noneApply(step)(draft);
      expect(
        step.items.every((item) => isItemAnswered(item, draft)),
        step.title,
      ).toBe(true);
      expect(checkStep(step, draft)).toEqual({});
    }
    expect(draft.answers.lowBloodCounts, "a follow-up stays unasked").toBeUndefined();
    expect(draft.answers.reducedSensationRegionIds).toEqual([]);
    const withNotes = {
      ...draft,
      preferences: {
        ...draft.preferences,
        pressurePreference: "light" as const,
        discomfortSignal: "I will say stop",
      },
    };
    expect(isDraftComplete(intakeSteps, withNotes)).toBe(true);
  });

  it("is not offered where it would undo a 'yes' or 'not sure', nor for the therapist notes", () => {
    const bleeding = stepTitled("Bleeding, clots and circulation");
    const withYes = { ...empty, answers: { bloodThinners: "yes" as const } };
    expect(canSayNoneApply(bleeding, withYes)).toBe(false);
    const notSure = {
      ...empty,
      answers: { redFlags: { "spreading-weakness": "not-sure" as const } },
    };
    expect(canSayNoneApply(stepTitled("Signs to act on now"), notSure)).toBe(false);
    const feeling = stepTitled("Feeling in your body");
    expect(canSayNoneApply(feeling, { ...empty, reducedSensation: "yes" })).toBe(false);
    expect(canSayNoneApply(stepTitled("For your therapist"), empty)).toBe(false);
  });
});
