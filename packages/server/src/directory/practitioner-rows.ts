import {
  findNuccTaxonomy,
  modalitiesOfMask,
  modalityMask,
  practitionerProfileSchema,
  type Coordinates,
  type PractitionerProfile,
  type PractitionerProfileValues,
  type Verification,
} from "@painplan/core";
import type { Insertable, Selectable } from "kysely";
import type {
  PractitionerCertificationsTable,
  PractitionerLicencesTable,
  PractitionerProfilesTable,
} from "./directory.tables.js";

/**
 * Rows ↔ the contract's practitioner profile. Kept apart from the SQL so the import
 * (directory/import*) writes exactly the same columns as a self-registered profile.
 */
export type ProfileRow = Selectable<PractitionerProfilesTable>;
export type LicenceRow = Selectable<PractitionerLicencesTable>;
export type CertificationRow = Selectable<PractitionerCertificationsTable>;

const iso = (value: string) => new Date(value).toISOString();

type VerificationRow = {
  source: Verification["source"] | null;
  outcome: Verification["outcome"] | null;
  at: string | null;
  by: string | null;
  byName: string | null;
  evidence: string | null;
};

function verificationOf(row: VerificationRow): Verification | null {
  if (row.source === null || row.outcome === null || row.at === null) return null;
  return {
    source: row.source,
    outcome: row.outcome,
    verifiedAt: iso(row.at),
    verifiedBy: row.by,
    verifiedByName: row.byName ?? "",
    evidence: row.evidence,
  };
}

function ownVerification(row: LicenceRow | CertificationRow): Verification | null {
  return verificationOf({
    source: row.verification_source,
    outcome: row.verification_outcome,
    at: row.verified_at,
    by: row.verified_by,
    byName: row.verified_by_name,
    evidence: row.verification_evidence,
  });
}

const strings = (json: string) => JSON.parse(json) as string[];

export function toProfile(
  row: ProfileRow,
  licences: readonly LicenceRow[],
  certifications: readonly CertificationRow[],
): PractitionerProfile {
  return practitionerProfileSchema.parse({
    id: row.id,
    userId: row.user_id,
    isFictional: row.is_fictional === 1,
    displayName: row.display_name,
    practiceName: row.practice_name,
    npi: row.npi,
    npiVerification: verificationOf({
      source: row.npi_verification_source,
      outcome: row.npi_verification_outcome,
      at: row.npi_verified_at,
      by: row.npi_verified_by,
      byName: row.npi_verified_by_name,
      evidence: row.npi_verification_evidence,
    }),
    taxonomies: strings(row.taxonomy_codes).map((code) => ({
      code,
      label: findNuccTaxonomy(code)?.displayName ?? code,
    })),
    modalities: modalitiesOfMask(row.modality_mask),
    licences: licences.map((licence) => ({
      id: licence.id,
      number: licence.number,
      issuer: licence.issuer,
      expiresOn: licence.expires_on,
      verification: ownVerification(licence),
    })),
    certifications: certifications.map((certification) => ({
      id: certification.id,
      name: certification.name,
      issuer: certification.issuer,
      expiresOn: certification.expires_on,
      verification: ownVerification(certification),
    })),
    yearsInPractice: row.years_in_practice,
    neuropathyConditions: strings(row.neuropathy_conditions),
    neuropathyTechniques: strings(row.neuropathy_techniques),
    neuropathyExperience: row.neuropathy_experience,
    languages: strings(row.languages),
    clinic: row.clinic === null ? null : (JSON.parse(row.clinic) as unknown),
    location:
      row.latitude === null || row.longitude === null
        ? null
        : { latitude: row.latitude, longitude: row.longitude },
    homeVisits:
      row.home_visit_radius_km === null
        ? null
        : { radiusKm: row.home_visit_radius_km, travelFeeMinor: row.home_visit_fee_minor ?? 0 },
    offersOnline: row.offers_online === 1,
    accessibility: {
      isStepFree: row.is_step_free === 1,
      hasLoweringTable: row.has_lowering_table === 1,
      hasParking: row.has_parking === 1,
    },
    currency: row.currency,
    prices: {
      minutes30: row.price_30_minor,
      minutes60: row.price_60_minor,
      minutes90: row.price_90_minor,
    },
    slidingScale:
      row.sliding_from_minor === null || row.sliding_to_minor === null
        ? null
        : {
            fromMinor: row.sliding_from_minor,
            toMinor: row.sliding_to_minor,
            howDecided: row.sliding_how ?? "",
          },
    offersPaymentPlans: row.offers_payment_plans === 1,
    packages: row.packages,
    insuranceAccepted: strings(row.insurance_accepted),
    providesSuperbills: row.provides_superbills === 1,
    acceptsHsaFsa: row.accepts_hsa_fsa === 1,
    isAcceptingNewClients: row.is_accepting_new_clients === 1,
    acceptingVerification: verificationOf({
      source: row.accepting_verification_source,
      outcome: row.accepting_verification_outcome,
      at: row.accepting_verified_at,
      by: row.accepting_verified_by,
      byName: row.accepting_verified_by_name,
      evidence: row.accepting_verification_evidence,
    }),
    availability: row.availability,
    bio: row.bio,
    updatedAt: iso(row.updated_at),
  });
}

const flag = (value: boolean) => (value ? 1 : 0);

/** The words free-text search looks in (lower case). */
export function searchTextOf(values: PractitionerProfileValues): string {
  return [
    values.displayName,
    values.practiceName ?? "",
    ...values.neuropathyConditions,
    ...values.neuropathyTechniques,
    ...values.languages,
    ...values.insuranceAccepted,
    values.clinic?.city ?? "",
    values.neuropathyExperience,
  ]
    .join(" ")
    .toLowerCase()
    .slice(0, 4000);
}

/**
 * The profile columns from a profile's values (not id, origin, user, verification columns or
 * timestamps). `location`: the coordinates given, else the clinic's postal-code centroid.
 */
export function profileColumns(
  values: PractitionerProfileValues,
  location: Coordinates | null,
): Omit<
  Insertable<PractitionerProfilesTable>,
  "id" | "user_id" | "external_id" | "origin" | "is_fictional" | "created_at" | "updated_at"
> {
  return {
    npi: values.npi,
    display_name: values.displayName,
    practice_name: values.practiceName,
    taxonomy_codes: JSON.stringify(values.taxonomyCodes),
    modality_mask: modalityMask(values.modalities),
    years_in_practice: values.yearsInPractice,
    neuropathy_conditions: JSON.stringify(values.neuropathyConditions),
    neuropathy_techniques: JSON.stringify(values.neuropathyTechniques),
    neuropathy_experience: values.neuropathyExperience,
    has_neuropathy_experience: flag(
      values.neuropathyConditions.length > 0 || values.neuropathyExperience.trim() !== "",
    ),
    languages: JSON.stringify(values.languages),
    clinic: values.clinic === null ? null : JSON.stringify(values.clinic),
    postal_code: values.clinic?.postalCode ?? null,
    country: values.clinic?.country ?? null,
    latitude: location?.latitude ?? null,
    longitude: location?.longitude ?? null,
    home_visit_radius_km: values.homeVisits?.radiusKm ?? null,
    home_visit_fee_minor: values.homeVisits?.travelFeeMinor ?? null,
    offers_online: flag(values.offersOnline),
    is_step_free: flag(values.accessibility.isStepFree),
    has_lowering_table: flag(values.accessibility.hasLoweringTable),
    has_parking: flag(values.accessibility.hasParking),
    currency: values.currency,
    price_30_minor: values.prices.minutes30,
    price_60_minor: values.prices.minutes60,
    price_90_minor: values.prices.minutes90,
    sliding_from_minor: values.slidingScale?.fromMinor ?? null,
    sliding_to_minor: values.slidingScale?.toMinor ?? null,
    sliding_how: values.slidingScale?.howDecided ?? null,
    offers_payment_plans: flag(values.offersPaymentPlans),
    packages: values.packages,
    insurance_accepted: JSON.stringify(values.insuranceAccepted),
    accepts_insurance: flag(values.insuranceAccepted.length > 0),
    provides_superbills: flag(values.providesSuperbills),
    accepts_hsa_fsa: flag(values.acceptsHsaFsa),
    is_accepting_new_clients: flag(values.isAcceptingNewClients),
    availability: values.availability,
    bio: values.bio,
    search_text: searchTextOf(values),
  };
}

/** The columns the search reads for every candidate (the rest only for the page shown). */
export const scoringColumns = [
  "id",
  "is_fictional",
  "modality_mask",
  "neuropathy_conditions",
  "neuropathy_techniques",
  "has_neuropathy_experience",
  "latitude",
  "longitude",
  "home_visit_radius_km",
  "currency",
  "price_30_minor",
  "price_60_minor",
  "price_90_minor",
  "sliding_from_minor",
  "sliding_to_minor",
  "insurance_accepted",
  "is_accepting_new_clients",
  "accepting_verification_source",
  "accepting_verification_outcome",
  "accepting_verified_at",
  "licence_verified_at",
] as const;
export type ScoringRow = Pick<ProfileRow, (typeof scoringColumns)[number]>;

/**
 * A profile holding only what the fit score reads (`scoreFit` with `licenceConfirmedAt`), built
 * without the schema check: the search scores every candidate from these few columns and loads
 * whole profiles for the page only. Fields the score does not read are left empty.
 */
export function scoringProfile(row: ScoringRow): PractitionerProfile {
  const acceptingAt = row.accepting_verified_at;
  return {
    id: row.id,
    userId: null,
    isFictional: row.is_fictional === 1,
    displayName: "",
    practiceName: null,
    npi: null,
    npiVerification: null,
    taxonomies: [],
    modalities: modalitiesOfMask(row.modality_mask),
    licences: [],
    certifications: [],
    yearsInPractice: null,
    neuropathyConditions: strings(row.neuropathy_conditions),
    neuropathyTechniques: strings(row.neuropathy_techniques),
    // The score reads only whether there is any experience; the text itself is for the page.
    neuropathyExperience: row.has_neuropathy_experience === 1 ? "yes" : "",
    languages: [],
    clinic: null,
    location:
      row.latitude === null || row.longitude === null
        ? null
        : { latitude: row.latitude, longitude: row.longitude },
    homeVisits:
      row.home_visit_radius_km === null
        ? null
        : { radiusKm: row.home_visit_radius_km, travelFeeMinor: 0 },
    offersOnline: false,
    accessibility: { isStepFree: false, hasLoweringTable: false, hasParking: false },
    currency: row.currency,
    prices: {
      minutes30: row.price_30_minor,
      minutes60: row.price_60_minor,
      minutes90: row.price_90_minor,
    },
    slidingScale:
      row.sliding_from_minor === null || row.sliding_to_minor === null
        ? null
        : { fromMinor: row.sliding_from_minor, toMinor: row.sliding_to_minor, howDecided: "" },
    offersPaymentPlans: false,
    packages: "",
    insuranceAccepted: strings(row.insurance_accepted),
    providesSuperbills: false,
    acceptsHsaFsa: false,
    isAcceptingNewClients: row.is_accepting_new_clients === 1,
    acceptingVerification:
      row.accepting_verification_source === null ||
      row.accepting_verification_outcome === null ||
      acceptingAt === null
        ? null
        : {
            source: row.accepting_verification_source,
            outcome: row.accepting_verification_outcome,
            verifiedAt: iso(acceptingAt),
            verifiedBy: null,
            verifiedByName: "",
            evidence: null,
          },
    availability: "",
    bio: "",
    updatedAt: iso(acceptingAt ?? "1970-01-01T00:00:00.000Z"),
  };
}
