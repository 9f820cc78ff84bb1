import type { Plan, UpdatePlanRequest } from "@painplan/core";

/** The plan details form as typed: dates "YYYY-MM-DD" ("" for no review date). */
export type PlanDetailsDraft = {
  title: string;
  startDate: string;
  reviewDate: string;
  madeWith: string;
  reason: string;
};

/** The form filled from the saved plan (no reason yet). */
export function detailsDraftOf(plan: Plan): PlanDetailsDraft {
  return {
    title: plan.title,
    startDate: plan.startDate,
    reviewDate: plan.reviewDate ?? "",
    madeWith: plan.madeWith,
    reason: "",
  };
}

/**
 * The `updatePlan` body for what the person changed: only the fields that differ from the saved
 * plan are sent (so the timeline says what changed), with the reason and `expectedVersion`.
 * Text is trimmed; an emptied review date is sent as null. Undefined when nothing changed (the
 * contract refuses an empty change).
 */
export function planChangeOf(
  plan: Plan,
  draft: PlanDetailsDraft,
  expectedVersion: number,
): UpdatePlanRequest | undefined {
  const title = draft.title.trim();
  const madeWith = draft.madeWith.trim();
  const reviewDate = draft.reviewDate === "" ? null : draft.reviewDate;
  const change: UpdatePlanRequest = {
    expectedVersion,
    reason: draft.reason.trim(),
    proposedBy: "",
  };
  if (title !== plan.title) change.title = title;
  if (draft.startDate !== plan.startDate) change.startDate = draft.startDate;
  if (reviewDate !== plan.reviewDate) change.reviewDate = reviewDate;
  if (madeWith !== plan.madeWith) change.madeWith = madeWith;
  const changed =
    change.title !== undefined ||
    change.startDate !== undefined ||
    change.reviewDate !== undefined ||
    change.madeWith !== undefined;
  return changed ? change : undefined;
}
