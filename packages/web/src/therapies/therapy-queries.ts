import { therapiesEndpoints, type TherapyKind } from "@painplan/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { callApi } from "../api/call-api";

export type LibraryQuery = { kind: TherapyKind | undefined; q: string };

/** The library changes only with a release: keep it for the whole visit. */
const libraryStaleTime = 60 * 60 * 1000;

export function useTherapyList({ kind, q }: LibraryQuery) {
  const search = q.trim();
  return useQuery({
    queryKey: ["therapies", "list", kind ?? "all", search],
    queryFn: ({ signal }) =>
      callApi(therapiesEndpoints.listTherapies, {
        query: { ...(kind === undefined ? {} : { kind }), ...(search === "" ? {} : { q: search }) },
        signal,
      }),
    // While a new search loads, the previous results stay (no flash of an empty list).
    placeholderData: keepPreviousData,
    staleTime: libraryStaleTime,
  });
}

export function useTherapy(therapyId: string) {
  return useQuery({
    queryKey: ["therapies", "detail", therapyId],
    queryFn: ({ signal }) =>
      callApi(therapiesEndpoints.getTherapy, { params: { therapyId }, signal }),
    staleTime: libraryStaleTime,
  });
}
