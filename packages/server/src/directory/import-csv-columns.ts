/**
 * Our documented CSV columns for a directory import (docs/directory-import.md is written from
 * this list and a test keeps the two in step). The first line of the file names the columns, in
 * any order; `name` and one of `npi` / `external_id` are required, every other column may be
 * left out; an unknown or repeated column refuses the whole file before any row is read.
 */
export const csvColumns = [
  [
    "external_id",
    "Your own id for the practitioner (up to 100 characters), unique in your data; the key of a re-import when there is no NPI",
  ],
  [
    "npi",
    "National Provider Identifier: 10 digits with a valid check digit; the key of a re-import",
  ],
  ["name", "Full name as shown (required)"],
  ["practice_name", "Name of the practice or studio"],
  [
    "taxonomy_codes",
    "NUCC taxonomy codes separated by ; (225700000X massage therapist, 171100000X acupuncturist)",
  ],
  [
    "modalities",
    "Therapy ids from the library separated by ; (swedish-massage, oncology-massage, electroacupuncture, yoga-therapy, mindfulness-teaching, …)",
  ],
  [
    "licences",
    "Licences separated by ;, each REGION|NUMBER|EXPIRES (e.g. NY|012345|2027-06-30; the expiry may be empty)",
  ],
  [
    "certifications",
    "Certifications separated by ;, each NAME|ISSUER|EXPIRES (e.g. Oncology massage|S4OM|2027-01-31)",
  ],
  ["years_in_practice", "Whole years, 0–70"],
  [
    "neuropathy_conditions",
    "Conditions worked with, separated by ; (e.g. diabetic neuropathy; chemotherapy-induced neuropathy)",
  ],
  [
    "neuropathy_techniques",
    "Techniques for neuropathy, separated by ; (e.g. gentle; oncology massage)",
  ],
  ["neuropathy_note", "A short text on neuropathy experience (up to 1000 characters)"],
  ["languages", "Languages as BCP 47 tags separated by ; (en; es-MX)"],
  ["address_line1", "Clinic street address"],
  ["address_line2", "Suite, floor"],
  ["city", "City"],
  ["region", "State, province or region (e.g. NY)"],
  [
    "postal_code",
    "Postal code; its centroid places the practice when latitude and longitude are empty",
  ],
  ["country", "ISO 3166 two-letter country code; US when empty"],
  ["latitude", "Decimal degrees, −90 to 90 (with longitude)"],
  ["longitude", "Decimal degrees, −180 to 180 (with latitude)"],
  ["home_visits", "yes or no"],
  ["home_visit_radius_km", "How far they travel for a home visit, 1–200 km"],
  ["home_visit_fee", "Travel fee in currency, e.g. 20.00"],
  ["online", "yes or no (sessions online, for mindfulness and yoga)"],
  ["step_free", "yes or no: step-free access"],
  ["lowering_table", "yes or no: a table that lowers"],
  ["parking", "yes or no: parking nearby"],
  [
    "currency",
    "ISO 4217 code of every amount on the row (USD, EUR…); required when an amount is given",
  ],
  ["price_30", "Price of a 30-minute session, e.g. 45 or 45.00 (0 to 2,000)"],
  ["price_60", "Price of a 60-minute session"],
  ["price_90", "Price of a 90-minute session"],
  ["sliding_scale_min", "Lowest price on a sliding scale"],
  ["sliding_scale_max", "Highest price on a sliding scale (not below the lowest)"],
  ["sliding_scale_note", "How the sliding-scale price is decided"],
  ["payment_plans", "yes or no"],
  ["packages", "Packages offered, as text (e.g. 5 sessions for 350 USD)"],
  ["insurance", "Insurance plans accepted, separated by ;"],
  ["superbills", "yes or no: provides superbills"],
  ["hsa_fsa", "yes or no: HSA/FSA accepted"],
  ["accepting_new_clients", "yes or no"],
  ["availability", "Availability as text (e.g. weekday evenings)"],
  ["bio", "About the practitioner (up to 2000 characters)"],
  ["phone", "Phone number as text"],
  ["email", "E-mail address"],
  ["website", "https:// address"],
  [
    "verified_on",
    "YYYY-MM-DD: when the source last checked the licences and accepting new clients; empty: unverified",
  ],
  ["verified_by", "Who checked them (required with verified_on)"],
  ["fictional", "yes for made-up records (demos, tests); they are labelled fictional everywhere"],
] as const satisfies readonly (readonly [string, string])[];

export type CsvColumnName = (typeof csvColumns)[number][0];

export const csvColumnNames: readonly CsvColumnName[] = csvColumns.map(([name]) => name);

const known = new Set<string>(csvColumnNames);

export type CsvHeader = { format: "csv"; width: number; index: Map<CsvColumnName, number> };

function closest(name: string): string | undefined {
  const letters = (text: string) => new Set(text.replaceAll("_", ""));
  const wanted = letters(name);
  let best: { name: string; score: number } | undefined;
  for (const candidate of csvColumnNames) {
    const theirs = letters(candidate);
    const shared = [...wanted].filter((letter) => theirs.has(letter)).length;
    const score = shared / Math.max(wanted.size, theirs.size);
    if (score > 0.7 && (best === undefined || score > best.score))
      best = { name: candidate, score };
  }
  return best?.name;
}

/** The header of our CSV format, or why the file is refused. */
export function readCsvHeader(fields: readonly string[]): CsvHeader | { refused: string } {
  const index = new Map<CsvColumnName, number>();
  for (const [position, raw] of fields.entries()) {
    const name = raw.trim().toLowerCase();
    if (!known.has(name)) {
      const hint = closest(name);
      return {
        refused: `Unknown column "${raw}" (column ${position + 1})${hint === undefined ? "" : `; did you mean ${hint}?`} The columns are listed in docs/directory-import.md.`,
      };
    }
    if (index.has(name as CsvColumnName)) return { refused: `Column "${name}" appears twice.` };
    index.set(name as CsvColumnName, position);
  }
  if (!index.has("name")) return { refused: 'The column "name" is missing.' };
  if (!index.has("npi") && !index.has("external_id")) {
    return {
      refused:
        'A column "npi" or "external_id" is needed to find practitioners again on a re-import.',
    };
  }
  return { format: "csv", width: fields.length, index };
}
