import { directorySearchQuerySchema } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { emptySearch, type DirectorySearch } from "./directory-search";
import { searchQueryOf } from "./search-query";

/** Issue 13's person: 15 km, neuropathy, gentle, insurance or sliding scale, home, under 80 USD. */
const issueSearch: DirectorySearch = {
  ...emptySearch,
  near: "10001",
  radiusKm: 15,
  modality: "swedish-massage",
  maxPrice: "80",
  options: ["accepting", "neuropathy", "gentle", "home-visits", "insurance", "sliding-scale"],
};

function queryOf(search: DirectorySearch) {
  const built = searchQueryOf(search);
  if (!built.isReady) throw new Error(JSON.stringify(built.fieldErrors));
  return built.query;
}

describe("a search as the server's query", () => {
  test("issue 13's search, and the server's own schema accepts it", () => {
    const query = queryOf(issueSearch);
    expect(query).toMatchObject({
      postalCode: "10001",
      radiusKm: 15,
      modalities: "swedish-massage",
      maxPriceMinor: 8000,
      sessionMinutes: 60,
      currency: "USD",
      isAcceptingNewClients: "true",
      hasNeuropathyExperience: "true",
      offersHomeVisits: "true",
      technique: "gentle",
      isInsuranceOrSlidingScale: "true",
      sort: "fit",
    });
    expect(query).not.toHaveProperty("insurer");
    expect(query).not.toHaveProperty("hasSlidingScale");
    // What the address can hold the contract can parse (strings, as a query string carries them).
    const asStrings = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)]));
    expect(directorySearchQuerySchema.safeParse(asStrings).success).toBe(true);
  });

  test("one way to pay on its own asks for that one", () => {
    expect(queryOf({ ...emptySearch, options: ["insurance"] })).toMatchObject({ insurer: "any" });
    expect(queryOf({ ...emptySearch, options: ["sliding-scale"] })).toMatchObject({
      hasSlidingScale: "true",
    });
  });

  test("no place: no radius sent, and distance or home visits ask for a postal code first", () => {
    expect(queryOf(emptySearch)).not.toHaveProperty("radiusKm");
    expect(searchQueryOf({ ...emptySearch, sort: "distance" })).toEqual({
      isReady: false,
      fieldErrors: { near: "Give a postal code to sort by distance or to find home visits." },
    });
    expect(searchQueryOf({ ...emptySearch, options: ["home-visits"] }).isReady).toBe(false);
  });

  test("a price that is not one is said next to the price, not sent", () => {
    expect(searchQueryOf({ ...emptySearch, maxPrice: "eighty" })).toEqual({
      isReady: false,
      fieldErrors: { under: "Write a price in dollars, such as 80 or 80.50." },
    });
    expect(queryOf({ ...emptySearch, maxPrice: " 79.50 " })).toMatchObject({ maxPriceMinor: 7950 });
  });

  test("typed text is trimmed; empty text is left out", () => {
    const query = queryOf({ ...emptySearch, q: "  neuropathy ", near: " 10001 ", language: " " });
    expect(query).toMatchObject({ q: "neuropathy", postalCode: "10001" });
    expect(query).not.toHaveProperty("language");
  });
});
