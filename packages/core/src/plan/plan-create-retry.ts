import type { Goal } from "./goal.schema.js";
import type { CreatePlan } from "./plan.schema.js";

const same = (left: unknown, right: unknown) => JSON.stringify(left) === JSON.stringify(right);

/** A plan as it was started: its fields in its first version, with that version's note. */
export type StartedPlan = {
  title: string;
  startDate: string;
  reviewDate: string | null;
  madeWith: string;
  reason: string;
  proposedBy: string;
};

/**
 * Whether a plan create that reuses an idempotency key is a retry of the one that started
 * `started`. It is compared with the plan as first saved (version 1), not as it is now, so a
 * retry that arrives after the person renamed or archived the plan is still recognised.
 * Anything else is another plan under a used key: 409 `idempotency_key_reused`.
 */
export function isPlanRetryOf(request: CreatePlan, started: StartedPlan): boolean {
  return same(
    [
      request.title,
      request.startDate,
      request.reviewDate,
      request.madeWith,
      request.reason,
      request.proposedBy,
    ],
    [
      started.title,
      started.startDate,
      started.reviewDate,
      started.madeWith,
      started.reason,
      started.proposedBy,
    ],
  );
}

/**
 * Whether a goal create that reuses an idempotency key is a retry of the one that set `stored`:
 * the same goal, field for field (both as the goal schema parsed them, so key order matches).
 */
export function isGoalRetryOf(request: Goal, stored: Goal): boolean {
  return same(request, stored);
}
