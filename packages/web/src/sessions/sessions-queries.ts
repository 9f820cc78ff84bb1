import {
  sessionsEndpoints,
  type FollowUpAnswerRequest,
  type FollowUpDueAfter,
  type LogSessionRequest,
  type UpdateSessionRequest,
} from "@painplan/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../api/call-api";
import { useSignedInUser } from "../accounts/signed-in-user";
import { planQueryKey } from "../plan/plan-queries";

/** Every session query of a person starts with this key; a change refreshes them all. */
export const sessionsQueryKey = (userId: string) => ["sessions", userId] as const;

/** The newest sessions (one page of up to 50), with follow-ups and charges. */
export function useSessions() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...sessionsQueryKey(userId), "list"],
    queryFn: ({ signal }) =>
      callApi(sessionsEndpoints.listSessions, { params: { userId }, query: {}, signal }),
  });
}

const sessionKey = (userId: string, sessionId: string) =>
  [...sessionsQueryKey(userId), "one", sessionId] as const;

/** One logged session (its query fails with 404 once it is deleted). */
export function useSession(sessionId: string) {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: sessionKey(userId, sessionId),
    queryFn: ({ signal }) =>
      callApi(sessionsEndpoints.getSession, { params: { userId, sessionId }, signal }),
  });
}

/**
 * Changes a logged session (only the fields sent); the session, the list and the plan (a new
 * time marks its occurrence held again) refresh.
 */
export function useUpdateSession(sessionId: string) {
  const { id: userId } = useSignedInUser();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSessionRequest) =>
      callApi(sessionsEndpoints.updateSession, { params: { userId, sessionId }, body }),
    onSuccess: async () => {
      // Not refetched now: the new version would remount the form before the page moves on.
      await client.invalidateQueries({
        queryKey: sessionKey(userId, sessionId),
        refetchType: "none",
      });
      await Promise.all([
        client.invalidateQueries({
          queryKey: sessionsQueryKey(userId),
          predicate: (query) => query.queryKey[2] !== "one",
        }),
        client.invalidateQueries({ queryKey: planQueryKey(userId) }),
      ]);
    },
  });
}

/**
 * Deletes a logged session; its planned occurrence is no longer held. The deleted session's own
 * query is not refetched (it would only say "not found" while the page leaves).
 */
export function useDeleteSession(sessionId: string) {
  const { id: userId } = useSignedInUser();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(sessionsEndpoints.deleteSession, { params: { userId, sessionId } }),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({
          queryKey: sessionsQueryKey(userId),
          predicate: (query) => query.queryKey[2] !== "one" || query.queryKey[3] !== sessionId,
        }),
        client.invalidateQueries({ queryKey: planQueryKey(userId) }),
      ]);
    },
  });
}

/** What the log form starts from for one planned occurrence (undefined: not planned). */
export function useSessionDefaults(planned: { itemId: string; originalStart: string } | undefined) {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...sessionsQueryKey(userId), "defaults", planned?.itemId, planned?.originalStart],
    enabled: planned !== undefined,
    queryFn: ({ signal }) =>
      callApi(sessionsEndpoints.getSessionDefaults, {
        params: { userId },
        query: planned ?? { itemId: "", originalStart: "" },
        signal,
      }),
  });
}

/** Follow-ups due and not answered yet (Today). */
export function useDueFollowUps() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...sessionsQueryKey(userId), "follow-ups", "due"],
    queryFn: ({ signal }) =>
      callApi(sessionsEndpoints.listDueFollowUps, { params: { userId }, signal }),
  });
}

/** Logs a session; the plan (a held occurrence) and the session queries refresh. */
export function useLogSession() {
  const { id: userId } = useSignedInUser();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LogSessionRequest) =>
      callApi(sessionsEndpoints.logSession, { params: { userId }, body }),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: sessionsQueryKey(userId) }),
        client.invalidateQueries({ queryKey: planQueryKey(userId) }),
      ]);
    },
  });
}

export function useAnswerFollowUp() {
  const { id: userId } = useSignedInUser();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      sessionId: string;
      dueAfter: FollowUpDueAfter;
      answer: FollowUpAnswerRequest;
    }) =>
      callApi(sessionsEndpoints.answerFollowUp, {
        params: { userId, sessionId: input.sessionId, dueAfter: input.dueAfter },
        body: input.answer,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionsQueryKey(userId) }),
  });
}
