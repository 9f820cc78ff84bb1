import {
  npiCheckDigit,
  practitionerProfileInputSchema,
  type Coordinates,
  type PractitionerProfileInput,
} from "@painplan/core";
import type { Database } from "../../database/database.js";
import { profileColumns } from "../practitioner-rows.js";

let npiSequence = 100_000_000 + Math.floor(Math.random() * 800_000_000);

/** A valid NPI (check digit right) no other test uses. */
export function aFreshNpi(): string {
  npiSequence += 1;
  const identifier = String(npiSequence);
  return `${identifier}${npiCheckDigit(identifier) ?? 0}`;
}

/** A practitioner's profile body as the API takes it; override what the test is about. */
export function aProfileInput(
  overrides: Partial<PractitionerProfileInput> = {},
): PractitionerProfileInput {
  return {
    displayName: "Rosa Diaz, LMT",
    practiceName: "Gentle Hands Massage",
    npi: aFreshNpi(),
    taxonomyCodes: ["225700000X"],
    modalities: ["swedish-massage", "oncology-massage"],
    licences: [{ number: "MT-12345", issuer: "NY", expiresOn: "2027-06-30" }],
    certifications: [{ name: "Oncology massage", issuer: "Society for Oncology Massage" }],
    yearsInPractice: 8,
    neuropathyConditions: ["diabetic neuropathy"],
    neuropathyTechniques: ["gentle touch"],
    neuropathyExperience: "Many clients with numb feet.",
    languages: ["English", "Spanish"],
    clinic: {
      line: "1 Main St",
      city: "New York",
      region: "NY",
      postalCode: "10001",
      country: "US",
    },
    homeVisits: { radiusKm: 15, travelFeeMinor: 2000 },
    currency: "USD",
    prices: { minutes30: 4500, minutes60: 7500, minutes90: 11000 },
    slidingScale: { fromMinor: 5000, toMinor: 7500, howDecided: "Ask; no proof needed." },
    insuranceAccepted: ["Aetna"],
    isAcceptingNewClients: true,
    ...overrides,
  };
}

/**
 * Writes an imported practitioner straight to the tables (no account), as the import does:
 * for search tests and the bench. Returns the id.
 */
export async function insertPractitioner(
  db: Database,
  id: string,
  input: PractitionerProfileInput,
  location: Coordinates | null,
  options: { licenceVerifiedAt?: string | null; at?: string } = {},
): Promise<string> {
  const values = practitionerProfileInputSchema.parse({ ...input, npi: input.npi ?? null });
  const at = options.at ?? "2026-03-01T00:00:00.000Z";
  await db
    .insertInto("practitioner_profiles")
    .values({
      id,
      user_id: null,
      external_id: `test-${id}`,
      origin: "import",
      is_fictional: 1,
      licence_verified_at: options.licenceVerifiedAt ?? null,
      created_at: at,
      updated_at: at,
      ...profileColumns(values, location ?? values.location),
    })
    .execute();
  return id;
}
