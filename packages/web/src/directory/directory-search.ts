import {
  defaultRadiusKm,
  maxRadiusKm,
  practitionerModalities,
  searchSorts,
  sessionLengths,
  type PractitionerModality,
  type SearchSort,
  type SessionLength,
} from "@painplan/core";

/**
 * What the directory search shows, kept in the address so a reload, "back" or a shared link
 * keeps every filter. Only what differs from the defaults is written: "/directory" stays clean.
 */

/** Yes/no filters, each a word in the `has` parameter (`has=accepting,home-visits`). */
export const searchOptions = [
  "accepting",
  "neuropathy",
  "gentle",
  "home-visits",
  "online",
  "insurance",
  "sliding-scale",
  "verified-licence",
  "step-free",
  "lowering-table",
  "parking",
  "superbills",
  "hsa-fsa",
  "payment-plans",
] as const;
export type SearchOption = (typeof searchOptions)[number];

export type DirectorySearch = {
  q: string;
  /** A postal code the distance is measured from ("" = no place: no distance). */
  near: string;
  radiusKm: number;
  /** A modality, or undefined for any. */
  modality: PractitionerModality | undefined;
  sessionMinutes: SessionLength;
  /** The most the person wants to pay for one session of `sessionMinutes`, as typed ("80"). */
  maxPrice: string;
  sort: SearchSort;
  options: readonly SearchOption[];
  language: string;
};

export const emptySearch: DirectorySearch = {
  q: "",
  near: "",
  radiusKm: defaultRadiusKm,
  modality: undefined,
  sessionMinutes: 60,
  maxPrice: "",
  sort: "fit",
  options: [],
  language: "",
};

function oneOf<T extends string | number>(values: readonly T[], raw: string | null): T | undefined {
  return values.find((value) => String(value) === raw);
}

function radiusFrom(raw: string | null): number {
  const value = Number(raw);
  if (raw === null || !Number.isInteger(value) || value < 1 || value > maxRadiusKm) {
    return defaultRadiusKm;
  }
  return value;
}

function optionsFrom(raw: string | null): SearchOption[] {
  const words = new Set((raw ?? "").split(","));
  // In the list's order, so the same filters always make the same address.
  return searchOptions.filter((option) => words.has(option));
}

export function directorySearchFrom(params: URLSearchParams): DirectorySearch {
  return {
    q: params.get("q") ?? "",
    near: params.get("near") ?? "",
    radiusKm: radiusFrom(params.get("within")),
    modality: oneOf(practitionerModalities, params.get("therapy")),
    sessionMinutes: oneOf(sessionLengths, params.get("length")) ?? emptySearch.sessionMinutes,
    maxPrice: params.get("under") ?? "",
    sort: oneOf(searchSorts, params.get("sort")) ?? emptySearch.sort,
    options: optionsFrom(params.get("has")),
    language: params.get("lang") ?? "",
  };
}

/** The address of a search; `extra` keeps what other parts of the page own (the compare list). */
export function directorySearchParams(
  search: DirectorySearch,
  extra: Record<string, string | undefined> = {},
): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string, isDefault: boolean) => {
    if (!isDefault) params.set(key, value);
  };
  set("q", search.q, search.q === "");
  set("near", search.near, search.near === "");
  set("within", String(search.radiusKm), search.radiusKm === defaultRadiusKm);
  set("therapy", search.modality ?? "", search.modality === undefined);
  set("length", String(search.sessionMinutes), search.sessionMinutes === 60);
  set("under", search.maxPrice, search.maxPrice === "");
  set("sort", search.sort, search.sort === "fit");
  set("has", optionsFrom(search.options.join(",")).join(","), search.options.length === 0);
  set("lang", search.language, search.language === "");
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined) params.set(key, value);
  }
  return params;
}

export function withOption(
  search: DirectorySearch,
  option: SearchOption,
  isOn: boolean,
): DirectorySearch {
  const others = search.options.filter((existing) => existing !== option);
  return { ...search, options: isOn ? [...others, option] : others };
}
