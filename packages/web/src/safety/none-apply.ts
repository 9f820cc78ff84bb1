import { safetyQuestions } from "@painplan/core";
import type { DraftChange } from "./draft-updates";
import type { IntakeDraft } from "./intake-draft";
import type { IntakeItem, IntakeStep } from "./intake-steps";

/** A follow-up ("are your blood counts low?") is asked only after its question's "yes". */
function isFollowUp(item: IntakeItem): boolean {
  return item.kind === "question" && "askedWhenYes" in safetyQuestions[item.id];
}

/** What the person has said on this item that "none of these apply" would undo. */
function saysSomething(item: IntakeItem, draft: IntakeDraft): boolean {
  switch (item.kind) {
    case "red-flag": {
      const answer = draft.answers.redFlags?.[item.id] ?? null;
      return answer === "yes" || answer === "not-sure";
    }
    case "question": {
      const answer = draft.answers[item.id] ?? null;
      return answer === "yes" || answer === "not-sure";
    }
    case "reduced-sensation":
      return draft.reducedSensation === "yes" || draft.reducedSensation === "not-sure";
    case "touch-hypersensitivity":
      return (draft.preferences.touchHypersensitivityRegionIds ?? []).length > 0;
    case "therapist-notes":
      return true;
  }
}

/**
 * "None of these apply to me" is offered on a step of questions (not the therapist notes) while
 * nothing on it says "yes" or "not sure": it never overrides an answer the person gave.
 */
export function canSayNoneApply(step: IntakeStep, draft: IntakeDraft): boolean {
  const asks = step.items.some((item) => item.kind !== "therapist-notes");
  return asks && !step.items.some((item) => saysSomething(item, draft));
}

function itemToNo(item: IntakeItem): DraftChange {
  switch (item.kind) {
    case "red-flag":
      return (draft) => ({
        ...draft,
        answers: { ...draft.answers, redFlags: { ...draft.answers.redFlags, [item.id]: "no" } },
      });
    case "question":
      return isFollowUp(item)
        ? (draft) => draft
        : (draft) => ({ ...draft, answers: { ...draft.answers, [item.id]: "no" } });
    case "reduced-sensation":
      return (draft) => ({
        ...draft,
        reducedSensation: "no",
        answers: { ...draft.answers, reducedSensationRegionIds: [] },
      });
    case "touch-hypersensitivity":
      return (draft) => ({
        ...draft,
        preferences: { ...draft.preferences, touchHypersensitivityRegionIds: [] },
      });
    case "therapist-notes":
      return (draft) => draft;
  }
}

/** Every question of the step answered "no" (follow-ups stay unasked: their question is "no"). */
export function noneApply(step: IntakeStep): DraftChange {
  return (draft) => step.items.reduce((next, item) => itemToNo(item)(next), draft);
}
