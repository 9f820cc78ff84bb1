import { planEndpoints, type MissedReason, type PlanOccurrence } from "@painplan/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../api/call-api";
import { useSignedInUser } from "../accounts/signed-in-user";
import { planQueryKey } from "./plan-queries";

/** Adherence to the active plan between two local days (inclusive), from the server. */
export function usePlanAdherence(from: string, to: string) {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...planQueryKey(userId), "adherence", from, to],
    queryFn: ({ signal }) =>
      callApi(planEndpoints.getPlanAdherence, { params: { userId }, query: { from, to }, signal }),
  });
}

type MissedTarget = { occurrence: PlanOccurrence & { planId: string } };

function missedParams(userId: string, { occurrence }: MissedTarget) {
  return {
    userId,
    planId: occurrence.planId,
    itemId: occurrence.itemId,
    originalStart: occurrence.key,
  };
}

/** Says why a session did not happen (one tap; a note may follow for "other"). */
export function useSetMissedReason() {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: MissedTarget & { reason: MissedReason; note?: string }) =>
      callApi(planEndpoints.setMissedReason, {
        params: missedParams(userId, variables),
        body: {
          reason: variables.reason,
          ...(variables.note === undefined ? {} : { note: variables.note }),
        },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: planQueryKey(userId) }),
  });
}

/** Takes back the reason given for a session. */
export function useClearMissedReason() {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: MissedTarget) =>
      callApi(planEndpoints.clearMissedReason, { params: missedParams(userId, variables) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: planQueryKey(userId) }),
  });
}
