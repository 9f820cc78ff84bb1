import { planEndpoints, type ItemSchedule, type PlanItemSafetyCheckRequest } from "@painplan/core";
import { useQuery } from "@tanstack/react-query";
import { callApi } from "../api/call-api";
import { useSignedInUser } from "../accounts/signed-in-user";
import { planQueryKey } from "./plan-queries";

/**
 * What the safety rules say about the draft item, asked again whenever the therapy or the focus
 * areas change, so the answer is on screen before the Save button (no extra tap to see it).
 */
export function useItemSafety(request: PlanItemSafetyCheckRequest | undefined) {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...planQueryKey(userId), "safety-check", request],
    enabled: request !== undefined,
    queryFn: ({ signal }) =>
      callApi(planEndpoints.checkPlanItemSafety, {
        params: { userId },
        body: request ?? { therapyId: null },
        signal,
      }),
  });
}

/**
 * Clashes of the draft's every occurrence with the rest of the plan; asked again when the
 * schedule changes (only a schedule core accepts is sent). `itemId` leaves an edited item out.
 */
export function useItemConflicts(schedule: ItemSchedule | undefined, itemId?: string) {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...planQueryKey(userId), "conflicts", schedule, itemId],
    enabled: schedule !== undefined,
    queryFn: ({ signal }) =>
      callApi(planEndpoints.previewPlanConflicts, {
        params: { userId },
        body: { schedule: schedule as ItemSchedule, ...(itemId === undefined ? {} : { itemId }) },
        signal,
      }),
    retry: false,
  });
}
