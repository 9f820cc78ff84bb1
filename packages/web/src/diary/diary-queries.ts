import {
  diaryEndpoints,
  type CreatePainEntryRequest,
  type QuickLogRequest,
  type StableDayRequest,
  type UpdatePainEntryRequest,
} from "@painplan/core";
import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from "@tanstack/react-query";
import { callApi } from "../api/call-api";

/** Every diary query of a person starts with this key, so one save refreshes them all. */
export const diaryQueryKey = (userId: string) => ["diary", userId] as const;

const pageSize = 30;

export function usePainEntries(userId: string) {
  return useInfiniteQuery({
    queryKey: [...diaryQueryKey(userId), "entries"],
    queryFn: ({ pageParam }) =>
      callApi(diaryEndpoints.listPainEntries, {
        params: { userId },
        query: { limit: pageSize, ...(pageParam === null ? {} : { cursor: pageParam }) },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** The newest entry: a new entry and a quick log start from its body regions. */
export function useLastPainEntry(userId: string) {
  return useQuery({
    queryKey: [...diaryQueryKey(userId), "last"],
    queryFn: async () => {
      const page = await callApi(diaryEndpoints.listPainEntries, {
        params: { userId },
        query: { limit: 1 },
      });
      return page.items[0] ?? null;
    },
  });
}

export function usePainEntry(userId: string, entryId: string) {
  return useQuery({
    queryKey: [...diaryQueryKey(userId), "entry", entryId],
    queryFn: () => callApi(diaryEndpoints.getPainEntry, { params: { userId, entryId } }),
  });
}

export function usePainEntryHistory(userId: string, entryId: string) {
  return useQuery({
    queryKey: [...diaryQueryKey(userId), "history", entryId],
    queryFn: () => callApi(diaryEndpoints.getPainEntryHistory, { params: { userId, entryId } }),
  });
}

export function useDiaryTags(userId: string) {
  return useQuery({
    queryKey: [...diaryQueryKey(userId), "tags"],
    queryFn: () => callApi(diaryEndpoints.listDiaryTags, { params: { userId } }),
  });
}

function refreshDiary(queryClient: QueryClient, userId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: diaryQueryKey(userId) });
}

export function useCreatePainEntry(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePainEntryRequest) =>
      callApi(diaryEndpoints.createPainEntry, { params: { userId }, body }),
    onSuccess: () => refreshDiary(queryClient, userId),
  });
}

export function useUpdatePainEntry(userId: string, entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePainEntryRequest) =>
      callApi(diaryEndpoints.updatePainEntry, { params: { userId, entryId }, body }),
    onSuccess: () => refreshDiary(queryClient, userId),
  });
}

export function useDeletePainEntry(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entryId: string) =>
      callApi(diaryEndpoints.deletePainEntry, { params: { userId, entryId } }),
    // Not awaited: the refreshed list unmounts the deleted card, and the caller's onSuccess
    // (which announces the deletion) must run before that.
    onSuccess: () => {
      void refreshDiary(queryClient, userId);
    },
  });
}

export function useQuickLog(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: QuickLogRequest) =>
      callApi(diaryEndpoints.quickLogPain, { params: { userId }, body }),
    onSuccess: () => refreshDiary(queryClient, userId),
  });
}

export function useStableDay(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StableDayRequest) =>
      callApi(diaryEndpoints.logStableDay, { params: { userId }, body }),
    onSuccess: () => refreshDiary(queryClient, userId),
  });
}
