import {
  planEndpoints,
  type CreateGoalRequest,
  type CreatePlanItemRequest,
  type CreatePlanRequest,
  type Goal,
  type Plan,
  type UpdatePlanRequest,
} from "@painplan/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../api/call-api";
import { useSignedInUser } from "../accounts/signed-in-user";

/** Every plan query of a person starts with this key; a change refreshes them all. */
export const planQueryKey = (userId: string) => ["plan", userId] as const;

/** The active plan (null before the first one). */
export function useActivePlan() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...planQueryKey(userId), "active"],
    queryFn: async ({ signal }) =>
      (await callApi(planEndpoints.getActivePlan, { params: { userId }, signal })).plan,
  });
}

/** The person's archived plans (summaries, newest first). */
export function useArchivedPlans() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...planQueryKey(userId), "archived"],
    queryFn: async ({ signal }) =>
      (await callApi(planEndpoints.listArchivedPlans, { params: { userId }, signal })).plans,
  });
}

/** One plan by id, active or archived (404 for a plan that is not the person's). */
export function usePlan(planId: string) {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...planQueryKey(userId), "one", planId],
    queryFn: ({ signal }) => callApi(planEndpoints.getPlan, { params: { userId, planId }, signal }),
  });
}

export function usePlanVersions(planId: string | undefined) {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...planQueryKey(userId), "versions", planId],
    enabled: planId !== undefined,
    queryFn: ({ signal }) =>
      callApi(planEndpoints.listPlanVersions, {
        params: { userId, planId: planId ?? "" },
        signal,
      }),
  });
}

/** Occurrences between two local days (inclusive), in the owner's zone. */
export function usePlanCalendar(from: string, to: string) {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...planQueryKey(userId), "calendar", from, to],
    queryFn: ({ signal }) =>
      callApi(planEndpoints.getPlanCalendar, { params: { userId }, query: { from, to }, signal }),
  });
}

export function usePlanToday() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...planQueryKey(userId), "today"],
    queryFn: ({ signal }) => callApi(planEndpoints.getPlanToday, { params: { userId }, signal }),
  });
}

export function useGoals() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...planQueryKey(userId), "goals"],
    queryFn: ({ signal }) => callApi(planEndpoints.listGoals, { params: { userId }, signal }),
  });
}

/**
 * A mutation that refreshes everything about the plan when it settles, failed or not: after a
 * 409 the refreshed plan shows the current version next to what the person typed.
 */
function usePlanMutation<Variables, Result>(
  mutationFn: (userId: string, variables: Variables) => Promise<Result>,
) {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => mutationFn(userId, variables),
    onSettled: () => queryClient.invalidateQueries({ queryKey: planQueryKey(userId) }),
  });
}

export function useCreatePlan() {
  return usePlanMutation((userId, body: CreatePlanRequest) =>
    callApi(planEndpoints.createPlan, { params: { userId }, body }),
  );
}

type ItemBody = Omit<CreatePlanItemRequest, "expectedVersion">;

/** What adding an item sends: `planKey` starts the plan when there is none (kept by the form). */
type AddItem = { plan: Plan | null; item: ItemBody; today: string; planKey: string };

/**
 * Adds an item to the active plan, starting one ("My plan", from today) when there is none, so
 * the first item takes no extra step. The form keeps `planKey` while it retries, so a plan
 * started by an attempt whose answer was lost is found again, not started twice.
 */
export function useAddPlanItem() {
  return usePlanMutation(async (userId, { plan, item, today, planKey }: AddItem) => {
    const target =
      plan ??
      (await callApi(planEndpoints.createPlan, {
        params: { userId },
        body: {
          idempotencyKey: planKey,
          title: "My plan",
          startDate: today,
          reason: "",
          proposedBy: "",
        },
      }));
    return callApi(planEndpoints.createPlanItem, {
      params: { userId, planId: target.id },
      body: { ...item, expectedVersion: target.version },
    });
  });
}

/** Changes a saved item: a new version of the plan, with the reason kept in its history. */
export function useChangePlanItem() {
  return usePlanMutation(
    (userId, { plan, itemId, item }: { plan: Plan; itemId: string; item: ItemBody }) =>
      callApi(planEndpoints.updatePlanItem, {
        params: { userId, planId: plan.id, itemId },
        body: { ...item, expectedVersion: plan.version },
      }),
  );
}

export function useRemovePlanItem() {
  return usePlanMutation((userId, { plan, itemId }: { plan: Plan; itemId: string }) =>
    callApi(planEndpoints.deletePlanItem, {
      params: { userId, planId: plan.id, itemId },
      body: { expectedVersion: plan.version, reason: "", proposedBy: "" },
    }),
  );
}

/** Changes the plan's own details (sent with the version the form was filled from). */
export function useUpdatePlan() {
  return usePlanMutation((userId, { plan, change }: { plan: Plan; change: UpdatePlanRequest }) =>
    callApi(planEndpoints.updatePlan, { params: { userId, planId: plan.id }, body: change }),
  );
}

export function usePausePlan() {
  return usePlanMutation(
    (
      userId,
      { plan, from, until, reason }: { plan: Plan; from: string; until: string; reason: string },
    ) =>
      callApi(planEndpoints.pausePlan, {
        params: { userId, planId: plan.id },
        body: { expectedVersion: plan.version, pause: { from, until, reason }, proposedBy: "" },
      }),
  );
}

export function useResumePlan() {
  return usePlanMutation((userId, { plan }: { plan: Plan }) =>
    callApi(planEndpoints.resumePlan, {
      params: { userId, planId: plan.id },
      body: { expectedVersion: plan.version, reason: "", proposedBy: "" },
    }),
  );
}

/** Sets a goal under the form's idempotency key (a retry of the same goal keeps the key). */
export function useCreateGoal() {
  return usePlanMutation((userId, body: CreateGoalRequest) =>
    callApi(planEndpoints.createGoal, { params: { userId }, body }),
  );
}

/** Replaces a goal (same kind; new numbers or dates). */
export function useUpdateGoal() {
  return usePlanMutation((userId, { goalId, goal }: { goalId: string; goal: Goal }) =>
    callApi(planEndpoints.updateGoal, { params: { userId, goalId }, body: { goal } }),
  );
}

/** Removes a goal. */
export function useDeleteGoal() {
  return usePlanMutation((userId, { goalId }: { goalId: string }) =>
    callApi(planEndpoints.deleteGoal, { params: { userId, goalId } }),
  );
}

type OccurrenceTarget = { plan: Plan; itemId: string; originalStart: string };

/** Move one session to another local wall time, or cancel it (the rest of the series stays). */
export function useChangeOccurrence() {
  return usePlanMutation(
    (
      userId,
      { plan, itemId, originalStart, movedTo }: OccurrenceTarget & { movedTo: string | null },
    ) =>
      callApi(planEndpoints.setOccurrenceException, {
        params: { userId, planId: plan.id, itemId },
        body:
          movedTo === null
            ? { originalStart, kind: "cancelled" }
            : { originalStart, kind: "moved", movedTo },
      }),
  );
}

/** Adds one extra session of an item at a local wall time (the series is unchanged). */
export function useAddOccurrence() {
  return usePlanMutation(
    (
      userId,
      {
        plan,
        itemId,
        start,
        durationMinutes,
      }: { plan: Plan; itemId: string; start: string; durationMinutes: number },
    ) =>
      callApi(planEndpoints.addOccurrence, {
        params: { userId, planId: plan.id, itemId },
        body: { start, durationMinutes },
      }),
  );
}

/**
 * Marks one session as held (it took place): progress counts it, and an item scheduled "N weeks
 * after the last session actually held" moves its next session from it.
 */
export function useMarkHeld() {
  return usePlanMutation((userId, { plan, itemId, originalStart }: OccurrenceTarget) =>
    callApi(planEndpoints.setOccurrenceException, {
      params: { userId, planId: plan.id, itemId },
      body: { originalStart, kind: "held" },
    }),
  );
}

/** Undoes the change of one session (moved, cancelled or marked held): it is as planned again. */
export function useClearOccurrenceChange() {
  return usePlanMutation((userId, { plan, itemId, originalStart }: OccurrenceTarget) =>
    callApi(planEndpoints.clearOccurrenceException, {
      params: { userId, planId: plan.id, itemId },
      body: { originalStart },
    }),
  );
}
