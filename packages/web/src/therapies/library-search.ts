import { therapyKinds, type TherapyKind } from "@painplan/core";

/** What the library shows, kept in the address so a reload or "back" keeps the search. */
export type LibrarySearch = { q: string; kind: TherapyKind | undefined; onlySuitable: boolean };

function parseKind(value: string | null): TherapyKind | undefined {
  return therapyKinds.find((kind) => kind === value);
}

export function librarySearchFrom(params: URLSearchParams): LibrarySearch {
  return {
    q: params.get("q") ?? "",
    kind: parseKind(params.get("kind")),
    onlySuitable: params.get("suits") === "me",
  };
}

/** Only what differs from the defaults goes in the address: "/therapies" stays clean. */
export function librarySearchParams(search: LibrarySearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q !== "") params.set("q", search.q);
  if (search.kind !== undefined) params.set("kind", search.kind);
  if (search.onlySuitable) params.set("suits", "me");
  return params;
}
