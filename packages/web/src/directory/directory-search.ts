/**
 * What the directory search shows, kept in the address so a reload, "back" or a shared link
 * keeps every filter. Only what differs from the defaults is written: "/directory" stays clean.
 */
export const sortOrders = ["fit", "distance", "price"] as const;
export type SortOrder = (typeof sortOrders)[number];

export const sessionLengths = [30, 60, 90] as const;
export type SessionLength = (typeof sessionLengths)[number];

/** Yes/no filters, each a word in the `has` parameter (`has=accepting,home-visits`). */
export const searchOptions = [
  "accepting",
  "neuropathy",
  "gentle",
  "home-visits",
  "online",
  "sliding-scale",
  "insurance",
  "step-free",
] as const;
export type SearchOption = (typeof searchOptions)[number];

export const defaultRadiusKm = 15;
export const radiusKmMax = 500;

export type DirectorySearch = {
  q: string;
  /** A postal code the distance is measured from ("" = no distance filter). */
  near: string;
  radiusKm: number;
  /** A therapy from the library (a modality), or undefined for any. */
  therapyId: string | undefined;
  sessionMinutes: SessionLength;
  /** The most the person wants to pay for one session of `sessionMinutes`, as typed ("80"). */
  maxPrice: string;
  sort: SortOrder;
  options: readonly SearchOption[];
  language: string;
};

export const emptySearch: DirectorySearch = {
  q: "",
  near: "",
  radiusKm: defaultRadiusKm,
  therapyId: undefined,
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
  if (raw === null || !Number.isInteger(value) || value < 1 || value > radiusKmMax) {
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
    therapyId: params.get("therapy") ?? undefined,
    sessionMinutes: oneOf(sessionLengths, params.get("length")) ?? emptySearch.sessionMinutes,
    maxPrice: params.get("under") ?? "",
    sort: oneOf(sortOrders, params.get("sort")) ?? emptySearch.sort,
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
  set("therapy", search.therapyId ?? "", search.therapyId === undefined);
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
