import { planEndpoints } from "@painplan/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../api/call-api";
import { useSignedInUser } from "../accounts/signed-in-user";
import { planQueryKey } from "./plan-queries";

/** A function goal's check-offs, newest day first (refreshed with every plan change). */
export function useGoalChecks(goalId: string) {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...planQueryKey(userId), "goal-checks", goalId],
    queryFn: ({ signal }) =>
      callApi(planEndpoints.listGoalChecks, { params: { userId, goalId }, signal }),
  });
}

/** A change of check-offs refreshes every plan query (goals show the new progress). */
function useGoalCheckMutation<Variables, Result>(
  mutationFn: (userId: string, variables: Variables) => Promise<Result>,
) {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => mutationFn(userId, variables),
    onSettled: () => queryClient.invalidateQueries({ queryKey: planQueryKey(userId) }),
  });
}

/**
 * Records an amount for a goal: on `localDate` when given, else today in the person's zone
 * (the server decides the day, so "I did it" never lands on the device's date by mistake).
 */
export function useRecordGoalCheck(goalId: string) {
  return useGoalCheckMutation(
    (userId, { value, localDate }: { value: number; localDate?: string | undefined }) =>
      localDate === undefined
        ? callApi(planEndpoints.recordGoalCheckToday, {
            params: { userId, goalId },
            body: { value },
          })
        : callApi(planEndpoints.putGoalCheck, {
            params: { userId, goalId, localDate },
            body: { value },
          }),
  );
}

/** Removes one day's check-off. */
export function useRemoveGoalCheck(goalId: string) {
  return useGoalCheckMutation((userId, localDate: string) =>
    callApi(planEndpoints.deleteGoalCheck, { params: { userId, goalId, localDate } }),
  );
}
