import type {
  CreateGoalRequest,
  CreatePlanItemRequest,
  CreatePlanRequest,
  GoalRecord,
  ItemSchedule,
  Plan,
} from "@painplan/core";
import { randomUUID } from "node:crypto";
import type { SignedInClient } from "../../testing/accounts.js";

/** A daily 10:00 body scan of 10 minutes from 1 March 2026 (the test clock is 29 March). */
export const dailyAtTen: ItemSchedule = {
  cadence: { kind: "daily", interval: 1 },
  startDate: "2026-03-01",
  timeOfDay: "10:00",
  durationMinutes: 10,
  end: { kind: "never" },
};

/**
 * A valid plan create: "My plan" from 1 March 2026, under a new idempotency key each call (one
 * new plan per call); `fields` replace any of it, the key too (to send it again).
 */
export const aPlanBody = (fields: Partial<CreatePlanRequest> = {}) => ({
  idempotencyKey: randomUUID(),
  title: "My plan",
  startDate: "2026-03-01",
  ...fields,
});

/**
 * A valid goal create: a sessions-attended goal (6 from March to June 2026) under a new key each
 * call; `fields` replace any of it (`goal` for another goal, `idempotencyKey` to send it again).
 */
export const aGoalBody = (fields: Partial<CreateGoalRequest> = {}) => ({
  idempotencyKey: randomUUID(),
  goal: {
    kind: "sessions-attended",
    startDate: "2026-03-01",
    targetDate: "2026-06-01",
    sessions: 6,
  },
  ...fields,
});

/** Starts a plan for `person` through the API; throws unless it was created. */
export async function createPlan(
  person: SignedInClient,
  body: Partial<CreatePlanRequest> = {},
): Promise<Plan> {
  const response = await person.client.post(`/api/users/${person.user.id}/plans`, aPlanBody(body));
  if (response.statusCode !== 201) throw new Error(`create plan failed: ${response.body}`);
  return response.json<Plan>();
}

/** Adds an item (default: the daily body scan) to `plan`; returns the plan after the change. */
export async function addPlanItem(
  person: SignedInClient,
  plan: Plan,
  body: Partial<CreatePlanItemRequest> = {},
): Promise<Plan> {
  const response = await person.client.post(`/api/users/${person.user.id}/plans/${plan.id}/items`, {
    expectedVersion: plan.version,
    therapyId: "body-scan",
    schedule: dailyAtTen,
    ...body,
  });
  if (response.statusCode !== 201) throw new Error(`add item failed: ${response.body}`);
  return response.json<Plan>();
}

/** A plan with one item (default: the daily body scan), the owner's. */
export async function planWithItem(
  person: SignedInClient,
  change: Partial<CreatePlanItemRequest> = {},
) {
  const plan = await addPlanItem(person, await createPlan(person), change);
  const item = plan.items[0];
  if (item === undefined) throw new Error("The item was not kept.");
  return { plan, item };
}

/** A sessions-attended goal for `person`. */
export async function createGoal(person: SignedInClient): Promise<GoalRecord> {
  const response = await person.client.post(`/api/users/${person.user.id}/plan/goals`, aGoalBody());
  if (response.statusCode !== 201) throw new Error(`create goal failed: ${response.body}`);
  return response.json<GoalRecord>();
}

/** A function goal for `person`: "Walk to the park", 20 minutes, March to June 2026. */
export async function createFunctionGoal(person: SignedInClient): Promise<GoalRecord> {
  const response = await person.client.post(
    `/api/users/${person.user.id}/plan/goals`,
    aGoalBody({
      goal: {
        kind: "function",
        startDate: "2026-03-01",
        targetDate: "2026-06-01",
        text: "Walk to the park",
        target: 20,
        unit: "minutes",
      },
    }),
  );
  if (response.statusCode !== 201) throw new Error(`create goal failed: ${response.body}`);
  return response.json<GoalRecord>();
}
