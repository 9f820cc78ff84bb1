import { nuccTaxonomyRows } from "./nucc-taxonomy.data.js";
export { nuccTaxonomyRows } from "./nucc-taxonomy.data.js";

/**
 * NUCC Health Care Provider Taxonomy (version 22.0): codes and labels come only from the shipped
 * CSV (`data/nucc_taxonomy_220.csv`, generated into `nucc-taxonomy.data.ts` by `npm run
 * generate:nucc`: the browser cannot read the CSV, so never edit the table by hand). The code set is
 * © American Medical Association; see docs/directory.md for its terms (REFERENCE §5.6).
 */
export type NuccTaxonomy = {
  code: string;
  grouping: string;
  classification: string;
  specialization: string | null;
  displayName: string;
};

export const nuccSystem = "http://nucc.org/provider-taxonomy";
export const massageTherapistTaxonomy = "225700000X";
export const acupuncturistTaxonomy = "171100000X";

const byCode = new Map<string, NuccTaxonomy>(
  nuccTaxonomyRows.map(([code, grouping, classification, specialization, displayName]) => [
    code,
    {
      code,
      grouping,
      classification,
      specialization: specialization === "" ? null : specialization,
      displayName,
    },
  ]),
);

export function findNuccTaxonomy(code: string): NuccTaxonomy | undefined {
  return byCode.get(code);
}

export function isNuccTaxonomyCode(code: string): boolean {
  return byCode.has(code);
}

/** The label of a code ("Massage Therapist"); throws for a code not in the shipped list. */
export function nuccLabel(code: string): string {
  const taxonomy = byCode.get(code);
  if (taxonomy === undefined) throw new Error(`Unknown NUCC taxonomy code ${code}`);
  return taxonomy.displayName;
}

export const nuccTaxonomyCount = byCode.size;
