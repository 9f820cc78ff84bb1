import { directoryEndpoints, type VerifyBody } from "@painplan/core";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { isApiError } from "../api/api-error";
import { callApi } from "../api/call-api";

/** Every admin verification query starts with this key; a verification refreshes them all. */
const verificationKey = ["directory", "admin-verification"] as const;

/** The admin's verification queue, page by page (the server's keyset cursor). */
export function useVerificationQueue() {
  return useInfiniteQuery({
    queryKey: [...verificationKey, "queue"],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      callApi(directoryEndpoints.listVerificationQueue, {
        query: pageParam === undefined ? {} : { cursor: pageParam },
        signal,
      }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
  });
}

/** Every verification of one practitioner's facts, loaded when the admin unfolds it. */
export function usePractitionerVerifications(practitionerId: string, isWanted: boolean) {
  return useQuery({
    queryKey: [...verificationKey, "history", practitionerId],
    enabled: isWanted,
    queryFn: ({ signal }) =>
      callApi(directoryEndpoints.listPractitionerVerifications, {
        params: { practitionerId },
        signal,
      }),
  });
}

/**
 * Records one verification; afterwards the queue and that practitioner's history load again, so
 * the verified credential leaves the queue.
 */
export function useVerifyCredential(practitionerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VerifyBody) =>
      callApi(directoryEndpoints.verifyPractitioner, { params: { practitionerId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: verificationKey }),
  });
}
