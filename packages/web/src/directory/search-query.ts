import type { DirectorySearchQueryInput } from "@painplan/core";
import type { DirectorySearch, SearchOption } from "./directory-search";
import { parseMoneyInput } from "./money-words";

/** Prices in the directory are asked for in US dollars: its postal codes are US ones for now. */
export const searchCurrency = "USD";

/** Each yes/no filter as the server's query field. */
const optionFlags: Readonly<
  Record<
    Exclude<SearchOption, "gentle" | "insurance" | "sliding-scale">,
    keyof DirectorySearchQueryInput
  >
> = {
  accepting: "isAcceptingNewClients",
  neuropathy: "hasNeuropathyExperience",
  "home-visits": "offersHomeVisits",
  online: "offersOnline",
  "verified-licence": "hasVerifiedLicence",
  "step-free": "isStepFree",
  "lowering-table": "hasLoweringTable",
  parking: "hasParking",
  superbills: "providesSuperbills",
  "hsa-fsa": "acceptsHsaFsa",
  "payment-plans": "offersPaymentPlans",
};

export type SearchQueryResult =
  | { isReady: true; query: DirectorySearchQueryInput }
  /** Something typed is not yet a value the search can use: said next to its field. */
  | { isReady: false; fieldErrors: Record<string, string> };

/**
 * The server's query for a search. Ways to pay are "any of these": insurance and a sliding scale
 * both ticked ask for either (the "takes their insurance or offers a sliding scale").
 * "Gentle" looks for gentle techniques in what the practitioner wrote.
 */
export function searchQueryOf(search: DirectorySearch): SearchQueryResult {
  const query: Record<string, string | number | undefined> = {
    sort: search.sort,
    sessionMinutes: search.sessionMinutes,
    currency: searchCurrency,
  };
  const q = search.q.trim();
  if (q !== "") query["q"] = q;
  const near = search.near.trim();
  if (near !== "") {
    query["postalCode"] = near;
    query["radiusKm"] = search.radiusKm;
  }
  if (search.modality !== undefined) query["modalities"] = search.modality;
  const language = search.language.trim();
  if (language !== "") query["language"] = language;
  const has = new Set(search.options);
  for (const [option, flag] of Object.entries(optionFlags)) {
    if (has.has(option as SearchOption)) query[flag] = "true";
  }
  if (has.has("gentle")) query["technique"] = "gentle";
  if (has.has("insurance") && has.has("sliding-scale")) query["isInsuranceOrSlidingScale"] = "true";
  else if (has.has("insurance")) query["insurer"] = "any";
  else if (has.has("sliding-scale")) query["hasSlidingScale"] = "true";

  if (search.maxPrice.trim() !== "") {
    const maxPriceMinor = parseMoneyInput(search.maxPrice, searchCurrency);
    if (maxPriceMinor === undefined) {
      return {
        isReady: false,
        fieldErrors: { under: "Write a price in dollars, such as 80 or 80.50." },
      };
    }
    query["maxPriceMinor"] = maxPriceMinor;
  }
  if ((search.sort === "distance" || has.has("home-visits")) && near === "") {
    return {
      isReady: false,
      fieldErrors: {
        near: "Give a postal code to sort by distance or to find home visits.",
      },
    };
  }
  return { isReady: true, query: query };
}

/** The server's field paths, as the search form's fields. */
export const serverFieldOf: Readonly<Record<string, string>> = {
  q: "q",
  postalCode: "near",
  country: "near",
  radiusKm: "within",
  maxPriceMinor: "under",
  language: "lang",
  sort: "sort",
};
