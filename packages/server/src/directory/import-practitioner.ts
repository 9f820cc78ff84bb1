/**
 * One practitioner as an import file describes them, checked cell by cell, before it is written
 * to the directory's tables (import-apply.ts). Both formats (our CSV columns and the NPPES
 * public file) produce this shape. Money is whole minor units in `currency`; `null` means the
 * file did not say, never "no".
 */
export type ImportedLicence = { region: string; number: string; expiresOn: string | null };

export type ImportedPractitioner = {
  source: "csv" | "nppes";
  /** The key an import upserts by: the NPI when there is one, else the file's external id. */
  npi: string | null;
  externalId: string | null;
  name: string;
  practiceName: string | null;
  taxonomyCodes: string[];
  modalities: string[];
  licences: ImportedLicence[];
  certifications: string[];
  yearsInPractice: number | null;
  neuropathyConditions: string[];
  neuropathyTechniques: string[];
  neuropathyNote: string | null;
  languages: string[];
  address: {
    line1: string | null;
    line2: string | null;
    city: string | null;
    region: string | null;
    postalCode: string | null;
    country: string;
  };
  /** From the file, or the centroid of the postal code; null for an online-only practice. */
  location: { latitude: number; longitude: number } | null;
  homeVisits: boolean | null;
  homeVisitRadiusKm: number | null;
  homeVisitFeeMinor: number | null;
  online: boolean | null;
  stepFree: boolean | null;
  loweringTable: boolean | null;
  parking: boolean | null;
  currency: string | null;
  price30Minor: number | null;
  price60Minor: number | null;
  price90Minor: number | null;
  slidingScaleMinMinor: number | null;
  slidingScaleMaxMinor: number | null;
  slidingScaleNote: string | null;
  paymentPlans: boolean | null;
  packages: string | null;
  insurance: string[];
  superbills: boolean | null;
  hsaFsa: boolean | null;
  acceptingNewClients: boolean | null;
  availability: string | null;
  bio: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  /** When and by whom the source last checked the record (null: never; shown as unverified). */
  verifiedOn: string | null;
  verifiedBy: string | null;
  /** Made up (the synthetic generator, demos): shown as fictional everywhere. */
  isFictional: boolean;
};

/** The key one practitioner is found by on a re-import. */
export function importKey(practitioner: Pick<ImportedPractitioner, "npi" | "externalId">): string {
  return practitioner.npi !== null
    ? `npi:${practitioner.npi}`
    : `id:${practitioner.externalId ?? ""}`;
}

/** The two taxonomy codes an NPPES import keeps (REFERENCE §5.6). */
export const keptTaxonomyCodes = ["225700000X", "171100000X"] as const;
