import type { JsonText, Timestamp } from "../database/columns.js";

/** The latest verification of one fact, as columns (`<prefix>verified_at`…); all null = never. */
type VerificationColumns<P extends string> = {
  [K in `${P}verification_source`]: "self" | "admin" | "import" | null;
} & { [K in `${P}verification_outcome`]: "confirmed" | "not-confirmed" | null } & {
  [K in `${P}verified_at`]: Timestamp | null;
} & { [K in `${P}verified_by`]: string | null } & {
  [K in `${P}verified_by_name`]: string | null;
} & {
  [K in `${P}verification_evidence`]: string | null;
};

/** One practitioner (issue 13): self-registered (`user_id`), imported or synthetic. */
export type PractitionerProfilesTable = {
  id: string;
  user_id: string | null;
  external_id: string | null;
  npi: string | null;
  origin: "self" | "import" | "synthetic";
  /** 1 for synthetic records (demos, benchmarks): always labelled fictional. */
  is_fictional: number;
  display_name: string;
  practice_name: string | null;
  /** JSON array of NUCC codes. */
  taxonomy_codes: JsonText;
  /** One bit per modality (`modalityMask` in core). */
  modality_mask: number;
  years_in_practice: number | null;
  neuropathy_conditions: JsonText;
  neuropathy_techniques: JsonText;
  neuropathy_experience: string;
  has_neuropathy_experience: number;
  languages: JsonText;
  /** JSON address (line, city, region, postalCode, country) or null. */
  clinic: JsonText | null;
  postal_code: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  home_visit_radius_km: number | null;
  home_visit_fee_minor: number | null;
  offers_online: number;
  is_step_free: number;
  has_lowering_table: number;
  has_parking: number;
  currency: string;
  price_30_minor: number | null;
  price_60_minor: number | null;
  price_90_minor: number | null;
  sliding_from_minor: number | null;
  sliding_to_minor: number | null;
  sliding_how: string | null;
  offers_payment_plans: number;
  packages: string;
  insurance_accepted: JsonText;
  accepts_insurance: number;
  provides_superbills: number;
  accepts_hsa_fsa: number;
  is_accepting_new_clients: number;
  availability: string;
  bio: string;
  search_text: string;
  licence_verified_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
} & VerificationColumns<"npi_"> &
  VerificationColumns<"accepting_">;

export type PractitionerLicencesTable = {
  id: string;
  profile_id: string;
  position: number;
  number: string;
  issuer: string;
  expires_on: string | null;
} & VerificationColumns<"">;

export type PractitionerCertificationsTable = {
  id: string;
  profile_id: string;
  position: number;
  name: string;
  issuer: string;
  expires_on: string | null;
} & VerificationColumns<"">;

export type VerificationSubject = "licence" | "certification" | "npi" | "accepting-new-clients";

export type PractitionerVerificationsTable = {
  id: string;
  profile_id: string;
  subject: VerificationSubject;
  subject_id: string | null;
  source: "self" | "admin" | "import";
  outcome: "confirmed" | "not-confirmed";
  verified_at: Timestamp;
  verified_by: string | null;
  verified_by_name: string;
  evidence: string | null;
};

export type SavedPractitionersTable = { user_id: string; profile_id: string; saved_at: Timestamp };

/** A person's questions-to-ask checklist: JSON array of `{ text, isDone }`. */
export type DirectoryQuestionsTable = { user_id: string; items: JsonText; updated_at: Timestamp };

declare module "../database/tables.js" {
  interface Tables {
    practitioner_profiles: PractitionerProfilesTable;
    practitioner_licences: PractitionerLicencesTable;
    practitioner_certifications: PractitionerCertificationsTable;
    practitioner_verifications: PractitionerVerificationsTable;
    saved_practitioners: SavedPractitionersTable;
    directory_questions: DirectoryQuestionsTable;
  }
}
