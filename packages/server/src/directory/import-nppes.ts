import {
  keptTaxonomyCodes,
  type ImportedLicence,
  type ImportedPractitioner,
} from "./import-practitioner.js";
import { RowReader, type ImportReference, type RowProblem } from "./import-row-problems.js";
import { readNpi, readText } from "./import-values.js";

/**
 * The NPPES public file (CMS's "NPPES Data Dissemination" CSV: 329 quoted columns, one row per
 * NPI, ZIP+4 without a dash, up to 15 taxonomy codes with a licence each). Only rows that list
 * 225700000X (massage therapist) or 171100000X (acupuncturist) are kept; an NPI that was
 * deactivated and not reactivated is passed over. NPPES data is what the provider reported to
 * CMS: the import records it as such ("NPPES, self-reported") with the row's last update date.
 */
export const nppesTaxonomySlots = 15;

const required = [
  "NPI",
  "Entity Type Code",
  "Provider Organization Name (Legal Business Name)",
  "Provider Last Name (Legal Name)",
  "Provider First Name",
  "Provider First Line Business Practice Location Address",
  "Provider Business Practice Location Address City Name",
  "Provider Business Practice Location Address State Name",
  "Provider Business Practice Location Address Postal Code",
  "Last Update Date",
  "NPI Deactivation Date",
  ...Array.from(
    { length: nppesTaxonomySlots },
    (_, slot) => `Healthcare Provider Taxonomy Code_${slot + 1}`,
  ),
];

export type NppesHeader = { format: "nppes"; width: number; index: Map<string, number> };

/** Whether a header row is the NPPES layout (its first column is "NPI" and it names the rest). */
export function looksLikeNppes(fields: readonly string[]): boolean {
  return fields[0] === "NPI" && fields.includes("Entity Type Code");
}

export function readNppesHeader(fields: readonly string[]): NppesHeader | { refused: string } {
  const index = new Map(fields.map((name, position) => [name, position]));
  const missing = required.filter((name) => !index.has(name));
  if (missing.length > 0) {
    return {
      refused: `Not the NPPES layout: missing ${missing
        .slice(0, 3)
        .map((name) => `"${name}"`)
        .join(", ")}${missing.length > 3 ? ` and ${missing.length - 3} more` : ""}.`,
    };
  }
  return { format: "nppes", width: fields.length, index };
}

/** A cheap look at a record's raw text before it is split: can it hold a kept taxonomy code? */
export function mayHoldKeptTaxonomy(recordText: string): boolean {
  return keptTaxonomyCodes.some((code) => recordText.includes(code));
}

/** MM/DD/YYYY, as NPPES writes dates, to YYYY-MM-DD. */
function isoDate(text: string): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  return match === null ? null : `${match[3]}-${match[1]}-${match[2]}`;
}

function personName(cell: (name: string) => string): string {
  const parts = [
    "Provider Name Prefix Text",
    "Provider First Name",
    "Provider Middle Name",
    "Provider Last Name (Legal Name)",
    "Provider Name Suffix Text",
  ]
    .map((name) => cell(name).trim())
    .filter(Boolean);
  const credential = cell("Provider Credential Text").trim();
  return parts.join(" ") + (credential === "" ? "" : `, ${credential}`);
}

export type NppesOutcome = ImportedPractitioner | RowProblem[] | "not-kept" | "deactivated";

/** One NPPES row: a practitioner, the problems found, or why it is passed over. */
export function readNppesRow(
  fields: readonly string[],
  header: NppesHeader,
  reference: ImportReference,
): NppesOutcome {
  if (fields.length !== header.width) {
    return [
      { column: null, message: `${fields.length} fields where the header has ${header.width}` },
    ];
  }
  const cell = (name: string) => fields[header.index.get(name) ?? -1] ?? "";
  const slots = Array.from({ length: nppesTaxonomySlots }, (_, slot) => ({
    code: cell(`Healthcare Provider Taxonomy Code_${slot + 1}`).trim(),
    licence: cell(`Provider License Number_${slot + 1}`).trim(),
    region: cell(`Provider License Number State Code_${slot + 1}`).trim(),
  })).filter((slot) => slot.code !== "");
  const kept = slots.filter((slot) => (keptTaxonomyCodes as readonly string[]).includes(slot.code));
  if (kept.length === 0) return "not-kept";
  if (cell("NPI Deactivation Date").trim() !== "" && cell("NPI Reactivation Date").trim() === "") {
    return "deactivated";
  }
  const row = new RowReader<string>(cell);
  const npi = row.read("NPI", readNpi, null);
  if (npi === null && row.problems.length === 0) row.problem("NPI", "the NPI is missing");
  const isOrganisation = cell("Entity Type Code").trim() === "2";
  const name = isOrganisation
    ? cell("Provider Organization Name (Legal Business Name)").trim()
    : personName(cell);
  if (name === "") row.problem("Provider Last Name (Legal Name)", "the name is missing");
  const country =
    cell("Provider Business Practice Location Address Country Code (If outside U.S.)").trim() ||
    "US";
  const zip = cell("Provider Business Practice Location Address Postal Code").trim();
  const postalCode = country === "US" ? zip.slice(0, 5) : zip;
  const location = postalCode === "" ? undefined : reference.postalCentroid(country, postalCode);
  if (postalCode !== "" && location === undefined) {
    row.problem(
      "Provider Business Practice Location Address Postal Code",
      `unknown postal code ${postalCode} in ${country}`,
    );
  }
  const licences: ImportedLicence[] = kept
    .filter((slot) => slot.licence !== "" && slot.region !== "")
    .map((slot) => ({ region: slot.region, number: slot.licence, expiresOn: null }));
  const lastUpdate = isoDate(cell("Last Update Date"));
  if (row.problems.length > 0) return row.problems;
  return {
    ...emptyPractitioner,
    source: "nppes",
    npi,
    name,
    practiceName: isOrganisation ? null : nonEmpty(cell("Provider Other Organization Name")),
    taxonomyCodes: [
      ...new Set(slots.map((slot) => slot.code).filter(reference.isKnownTaxonomyCode)),
    ],
    licences: dedupeLicences(licences),
    address: {
      line1: nonEmpty(cell("Provider First Line Business Practice Location Address")),
      line2: nonEmpty(cell("Provider Second Line Business Practice Location Address")),
      city: nonEmpty(cell("Provider Business Practice Location Address City Name")),
      region: nonEmpty(cell("Provider Business Practice Location Address State Name")),
      postalCode: postalCode === "" ? null : postalCode,
      country,
    },
    location: location ?? null,
    phone: nonEmpty(cell("Provider Business Practice Location Address Telephone Number")),
    verifiedOn: lastUpdate,
    verifiedBy: lastUpdate === null ? null : "NPPES (self-reported by the provider)",
  };
}

function nonEmpty(text: string): string | null {
  const value = readText(text, 300);
  return typeof value === "string" ? value : null;
}

function dedupeLicences(licences: ImportedLicence[]): ImportedLicence[] {
  const seen = new Set<string>();
  return licences.filter((licence) => {
    const key = `${licence.region}|${licence.number}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const emptyPractitioner: Omit<ImportedPractitioner, "source" | "npi" | "name" | "address"> = {
  externalId: null,
  practiceName: null,
  taxonomyCodes: [],
  modalities: [],
  licences: [],
  certifications: [],
  yearsInPractice: null,
  neuropathyConditions: [],
  neuropathyTechniques: [],
  neuropathyNote: null,
  languages: [],
  location: null,
  homeVisits: null,
  homeVisitRadiusKm: null,
  homeVisitFeeMinor: null,
  online: null,
  stepFree: null,
  loweringTable: null,
  parking: null,
  currency: null,
  price30Minor: null,
  price60Minor: null,
  price90Minor: null,
  slidingScaleMinMinor: null,
  slidingScaleMaxMinor: null,
  slidingScaleNote: null,
  paymentPlans: null,
  packages: null,
  insurance: [],
  superbills: null,
  hsaFsa: null,
  acceptingNewClients: null,
  availability: null,
  bio: null,
  phone: null,
  email: null,
  website: null,
  verifiedOn: null,
  verifiedBy: null,
  isFictional: false,
};
