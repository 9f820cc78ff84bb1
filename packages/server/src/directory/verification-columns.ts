import type { VerificationOutcome, VerificationSource, VerificationSubject } from "@painplan/core";
import type { CertificationRow, LicenceRow } from "./practitioner-rows.js";

/** Who verifies: an admin, the practitioner themself, or an import file (no user). */
export type Verifier = {
  source: VerificationSource;
  userId: string | null;
  name: string;
  evidence: string | null;
};

/** The columns of a verification under a prefix (`npi_`, `accepting_`) on the profile's row. */
export function prefixed<P extends string, T extends Record<string, unknown>>(
  prefix: P,
  values: T,
) {
  const renamed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    renamed[`${prefix}${key}`] = value;
  }
  return renamed as { [K in keyof T as `${P}${K & string}`]: T[K] };
}

/** The profile's "accepting new clients" confirmed by `verifier` as of `now`. */
export function acceptingColumns(verifier: Verifier, now: string) {
  return {
    accepting_verification_source: verifier.source,
    accepting_verification_outcome: "confirmed" as const,
    accepting_verified_at: now,
    accepting_verified_by: verifier.userId,
    accepting_verified_by_name: verifier.name,
    accepting_verification_evidence: verifier.evidence,
  };
}

/** No verification of the NPI (it changed). */
export function clearedNpi() {
  return {
    npi_verification_source: null,
    npi_verification_outcome: null,
    npi_verified_at: null,
    npi_verified_by: null,
    npi_verified_by_name: null,
    npi_verification_evidence: null,
  };
}

/** One row of the verification history. */
export function historyRow(
  id: string,
  profileId: string,
  subject: VerificationSubject,
  subjectId: string | null,
  verifier: Verifier,
  outcome: VerificationOutcome,
  now: string,
) {
  return {
    id,
    profile_id: profileId,
    subject,
    subject_id: subjectId,
    source: verifier.source,
    outcome,
    verified_at: now,
    verified_by: verifier.userId,
    verified_by_name: verifier.name,
    evidence: verifier.evidence,
  };
}

/** Keeps a row's verification when the same credential (same id, number/name and issuer) is kept. */
export function keptVerification(
  existing: LicenceRow | CertificationRow | undefined,
  isSame: boolean,
) {
  if (existing === undefined || !isSame) {
    return {
      verification_source: null,
      verification_outcome: null,
      verified_at: null,
      verified_by: null,
      verified_by_name: null,
      verification_evidence: null,
    };
  }
  return {
    verification_source: existing.verification_source,
    verification_outcome: existing.verification_outcome,
    verified_at: existing.verified_at,
    verified_by: existing.verified_by,
    verified_by_name: existing.verified_by_name,
    verification_evidence: existing.verification_evidence,
  };
}
