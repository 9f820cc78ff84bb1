import {
  practiceEndpoints,
  practiceLogFieldsSchema,
  type PracticeLogFieldsRequest,
  type PainfulRegionChoice,
  type RoutineMinutes,
  type WeeklyTargetRequest,
} from "@painplan/core";
import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useSignedInUser } from "../accounts/signed-in-user";
import { ApiError } from "../api/api-error";
import { callApi } from "../api/call-api";
import {
  pendingLogsKey,
  queuePendingLog,
  sendPendingLogs,
  type PendingLog,
  type SendOutcome,
} from "./pending-logs";

/** Everything of one person's practice. */
const practiceKey = (userId: string) => ["practice", userId] as const;

/**
 * What a new log entry changes: the suggestion, the week and the recent list. Never the body
 * scan or the routine being played (a refetch mid-practice would change its steps).
 */
const changedByALog = new Set(["today", "consistency", "log"]);
const invalidateAfterLog = (queryClient: QueryClient, userId: string) =>
  queryClient.invalidateQueries({
    queryKey: practiceKey(userId),
    predicate: (query) => changedByALog.has(String(query.queryKey[2])),
  });

export function usePracticeSuggestion() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...practiceKey(userId), "today"],
    queryFn: ({ signal }) =>
      callApi(practiceEndpoints.getPracticeSuggestion, { params: { userId }, signal }),
  });
}

export function usePracticeConsistency() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...practiceKey(userId), "consistency"],
    queryFn: ({ signal }) =>
      callApi(practiceEndpoints.getPracticeConsistency, { params: { userId }, query: {}, signal }),
  });
}

export function useRecentPractice() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...practiceKey(userId), "log"],
    queryFn: ({ signal }) =>
      callApi(practiceEndpoints.listPracticeLog, {
        params: { userId },
        query: { limit: 5 },
        signal,
      }),
  });
}

export function useBodyScan(
  minutes: number,
  painfulRegions: PainfulRegionChoice,
  isEnabled: boolean,
) {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...practiceKey(userId), "body-scan", minutes, painfulRegions],
    queryFn: ({ signal }) =>
      callApi(practiceEndpoints.getBodyScan, {
        params: { userId },
        query: { minutes, painfulRegions },
        signal,
      }),
    enabled: isEnabled,
    // Loaded before Start and never refetched while the practice plays.
    staleTime: Infinity,
  });
}

/**
 * A routine for this person. The routines page reads it fresh (the safety answers may have
 * changed); the player passes `isForPlaying` so it is never refetched once loaded.
 */
export function useYogaRoutine(minutes: RoutineMinutes, isEnabled = true, isForPlaying = false) {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...practiceKey(userId), "routine", minutes],
    queryFn: ({ signal }) =>
      callApi(practiceEndpoints.getYogaRoutine, { params: { userId }, query: { minutes }, signal }),
    enabled: isEnabled,
    staleTime: isForPlaying ? Infinity : 0,
  });
}

export function useSetWeeklyTarget() {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WeeklyTargetRequest) =>
      callApi(practiceEndpoints.setWeeklyPracticeTarget, { params: { userId }, body }),
    onSuccess: () => invalidateAfterLog(queryClient, userId),
  });
}

const isLogBody = (value: unknown): value is PracticeLogFieldsRequest =>
  practiceLogFieldsSchema.safeParse(value).success;

/** Offline, timed out or the server busy: worth trying again later. Anything else is final. */
function outcomeOf(error: unknown): SendOutcome {
  if (error instanceof ApiError && (error.status === 0 || error.status >= 500)) return "retry";
  if (error instanceof ApiError && (error.status === 408 || error.status === 429)) return "retry";
  return error instanceof ApiError ? "refused" : "retry";
}

/**
 * Logging a practice that never loses it: the log is queued in this tab's storage first, then
 * everything queued is sent in order. Offline, it waits; `sendWaiting` (called when the page
 * loads and when the browser comes back online) tries again. Resolves with whether this log
 * reached the server now ("sent") or waits ("waiting"); rejects only when the server refused it.
 * `entry.localId` must be a UUID made once per practice: it is sent as the idempotency key.
 */
export function useLogPractice() {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  const key = pendingLogsKey(userId);

  const sendWaiting = useCallback(async () => {
    const result = await sendPendingLogs(sessionStorage, key, isLogBody, async (log) => {
      try {
        // The queued log's id is its idempotency key: made once per practice and kept in
        // storage across every retry, so a resend after a lost answer cannot log it twice.
        await callApi(practiceEndpoints.logPractice, {
          params: { userId },
          body: { ...log.body, idempotencyKey: log.localId },
        });
        return "sent";
      } catch (error) {
        return outcomeOf(error);
      }
    });
    if (result.sent > 0) await invalidateAfterLog(queryClient, userId);
    return result;
  }, [key, userId, queryClient]);

  const log = useCallback(
    async (entry: PendingLog<PracticeLogFieldsRequest>): Promise<"sent" | "waiting"> => {
      queuePendingLog(sessionStorage, key, entry, isLogBody);
      const result = await sendWaiting();
      const refused = result.refused.find((item) => item.localId === entry.localId);
      if (refused !== undefined) throw new Error("The practice could not be saved.");
      return result.waiting > 0 ? "waiting" : "sent";
    },
    [key, sendWaiting],
  );

  return { log, sendWaiting };
}
