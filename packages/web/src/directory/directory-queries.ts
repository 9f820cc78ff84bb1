import {
  directoryEndpoints,
  type Question,
  type QuestionsResponse,
  type SearchResult,
} from "@painplan/core";
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useState } from "react";
import { isApiError } from "../api/api-error";
import { callApi } from "../api/call-api";
import { useSignedInUser } from "../accounts/signed-in-user";
import { usePersonDates } from "../accounts/use-person-dates";
import { formProblemFrom } from "../forms/form-problem";
import { useSafetyIntake } from "../safety/safety-queries";
import { avoidListFrom } from "./avoid-list";
import type { DirectorySearch } from "./directory-search";
import { profileOf, summaryOf } from "./practitioner-mapping";
import type { PractitionerProfileView, PractitionerSummaryView } from "./practitioner-view";
import type { QuestionItem } from "./questions-checklist";
import { searchQueryOf, serverFieldOf } from "./search-query";

/** Every directory query of a person starts with this key; a save refreshes them all. */
const directoryKey = (userId: string) => ["directory", userId] as const;

function countText(count: number, hasMore: boolean): string {
  if (count === 0)
    return "No therapist matches all of this. Try fewer filters or a wider distance.";
  const shown = count === 1 ? "1 therapist" : `${count} therapists`;
  return hasMore ? `${shown} so far, best first` : shown;
}

/** Server field errors (by its paths) as the search form's fields; the rest in one message. */
function searchProblem(error: unknown): { fields: Record<string, string>; problem?: string } {
  if (!isApiError(error))
    return { fields: {}, problem: "The search did not work. Please try again." };
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const fieldError of error.fieldErrors) {
    const field = serverFieldOf[fieldError.path];
    if (field === undefined) rest.push(fieldError.message);
    else fields[field] ??= fieldError.message;
  }
  if (Object.keys(fields).length > 0 && rest.length === 0) return { fields };
  return { fields, problem: rest.join(" ") || error.message };
}

/**
 * The search's results page by page (the server's keyset cursor), as card views. While a new
 * search loads, the previous results stay (no flash of an empty list).
 */
export function useDirectoryResults(search: DirectorySearch) {
  const { id: userId } = useSignedInUser();
  const dates = usePersonDates();
  const built = searchQueryOf(search);
  const query = built.isReady ? built.query : undefined;
  const results = useInfiniteQuery({
    queryKey: [...directoryKey(userId), "search", query],
    enabled: query !== undefined,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      callApi(directoryEndpoints.searchDirectory, {
        params: { userId },
        query: { ...query, ...(pageParam === undefined ? {} : { cursor: pageParam }) },
        signal,
      }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
  });
  const items: SearchResult[] = results.data?.pages.flatMap((page) => page.items) ?? [];
  const practitioners = items.map((item) => summaryOf(item.practitioner, item, new Map(), dates));
  const problem = results.isError ? searchProblem(results.error) : { fields: {} };
  const fieldErrors = built.isReady ? problem.fields : built.fieldErrors;
  return {
    practitioners,
    statusText:
      !built.isReady || results.isError
        ? "Change what is marked to see results."
        : results.isPending
          ? "Looking for therapists…"
          : countText(practitioners.length, results.hasNextPage),
    problem: built.isReady ? problem.problem : undefined,
    fieldErrors,
    hasMore: results.hasNextPage,
    isLoadingMore: results.isFetchingNextPage,
    loadMore: () => {
      if (!results.isFetchingNextPage) void results.fetchNextPage();
    },
  };
}

/** Saved practitioners (newest first) with the person's "avoid" list applied. */
export function useSavedList() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...directoryKey(userId), "saved"],
    queryFn: ({ signal }) =>
      callApi(directoryEndpoints.listSavedPractitioners, { params: { userId }, signal }),
  });
}

export function useSavedPractitioners() {
  const saved = useSavedList();
  const dates = usePersonDates();
  const avoid = avoidListFrom(useSafetyIntake().data);
  const views: PractitionerSummaryView[] | undefined = saved.data?.items.map((item) =>
    summaryOf(item.practitioner, undefined, avoid, dates),
  );
  return { ...saved, views };
}

/** The ids of the saved practitioners, for the cards' "Saved" state. */
export function useSavedIds(): ReadonlySet<string> {
  const saved = useSavedList();
  return new Set(saved.data?.items.map((item) => item.practitioner.id) ?? []);
}

/** Save or unsave one practitioner; every directory view refreshes afterwards. */
export function useToggleSaved(): (practitionerId: string, isSaved: boolean) => void {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: async ({
      practitionerId,
      isSaved,
    }: {
      practitionerId: string;
      isSaved: boolean;
    }) => {
      const params = { userId, practitionerId };
      if (isSaved) await callApi(directoryEndpoints.savePractitioner, { params });
      else await callApi(directoryEndpoints.unsavePractitioner, { params });
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: [...directoryKey(userId), "saved"] }),
  });
  return (practitionerId, isSaved) => {
    mutation.mutate({ practitionerId, isSaved });
  };
}

/** One profile, with the person's "avoid" list applied (no search: no distance or fit). */
export function usePractitionerProfile(practitionerId: string) {
  const dates = usePersonDates();
  const avoid = avoidListFrom(useSafetyIntake().data);
  const profile = useQuery({
    queryKey: ["directory", "profile", practitionerId],
    queryFn: ({ signal }) =>
      callApi(directoryEndpoints.getPractitionerProfile, { params: { practitionerId }, signal }),
    retry: (count, error) => !(isApiError(error) && error.status === 404) && count < 2,
  });
  const view: PractitionerProfileView | undefined =
    profile.data === undefined ? undefined : profileOf(profile.data, undefined, avoid, dates);
  return {
    ...profile,
    view,
    isNotFound: isApiError(profile.error) && profile.error.status === 404,
  };
}

/** Up to three practitioners side by side, each with its fit for the person. */
export function useComparedPractitioners(
  ids: readonly string[],
  place: { near: string; sessionMinutes: 30 | 60 | 90 },
) {
  const { id: userId } = useSignedInUser();
  const dates = usePersonDates();
  const near = place.near.trim();
  const compared = useQuery({
    queryKey: [...directoryKey(userId), "compare", ids, near, place.sessionMinutes],
    enabled: ids.length > 0,
    queryFn: ({ signal }) =>
      callApi(directoryEndpoints.comparePractitioners, {
        params: { userId },
        query: {
          ids: ids.join(","),
          sessionMinutes: place.sessionMinutes,
          ...(near === "" ? {} : { postalCode: near }),
        },
        signal,
      }),
  });
  const views: PractitionerProfileView[] | undefined = compared.data?.items.map((item) =>
    profileOf(item.practitioner, item, new Map(), dates),
  );
  return { ...compared, views };
}

/** The person's questions-to-ask checklist (the suggested one until they first change it). */
export function useQuestions() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...directoryKey(userId), "questions"],
    queryFn: ({ signal }) =>
      callApi(directoryEndpoints.getDirectoryQuestions, { params: { userId }, signal }),
  });
}

function toItem(question: Question): QuestionItem {
  return { id: question.id, text: question.text, isAsked: question.isDone };
}

export function questionItemsOf(questions: readonly Question[]): QuestionItem[] {
  return questions.map(toItem);
}

/**
 * Changes to the checklist. The contract replaces the whole list at once, so each change sends
 * the list as it is now with that one change; the answer becomes the list shown.
 */
export function useQuestionChanges(current: readonly QuestionItem[]) {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const key = [...directoryKey(userId), "questions"];
  const mutation = useMutation({
    mutationFn: (items: readonly QuestionItem[]) =>
      callApi(directoryEndpoints.setDirectoryQuestions, {
        params: { userId },
        body: {
          items: items.map((item) => ({
            ...(item.id === "" ? {} : { id: item.id }),
            text: item.text,
            isDone: item.isAsked,
          })),
        },
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      setProblem(undefined);
    },
  });
  const save = (items: readonly QuestionItem[]) => mutation.mutateAsync(items);
  /**
   * A tick or a removal shows at once (a tap that seems to do nothing gets tapped again); if the
   * server refuses it, the list goes back to what is saved and says why.
   */
  const saveOrSay = (items: readonly QuestionItem[]) => {
    const before = queryClient.getQueryData<QuestionsResponse>(key);
    if (before !== undefined) {
      queryClient.setQueryData<QuestionsResponse>(key, {
        ...before,
        items: items.map((item) => ({ id: item.id, text: item.text, isDone: item.isAsked })),
      });
    }
    save(items).catch((error: unknown) => {
      if (before !== undefined) queryClient.setQueryData(key, before);
      setProblem(
        formProblemFrom(error, []).summary ?? "That change was not saved. Please try again.",
      );
    });
  };
  return {
    problem,
    toggle: (question: QuestionItem, isAsked: boolean) => {
      saveOrSay(current.map((item) => (item.id === question.id ? { ...item, isAsked } : item)));
    },
    edit: (question: QuestionItem, text: string) =>
      save(current.map((item) => (item.id === question.id ? { ...item, text } : item))),
    remove: (question: QuestionItem) => {
      saveOrSay(current.filter((item) => item.id !== question.id));
    },
    add: (text: string) => save([...current, { id: "", text, isAsked: false }]),
  };
}
