import type { Insertable, Transaction } from "kysely";
import type { Tables } from "../database/tables.js";
import type { IdSource } from "../system/ids.js";
import type {
  PractitionerCertificationsTable,
  PractitionerLicencesTable,
  PractitionerVerificationsTable,
} from "./directory.tables.js";
import type { ImportedProfile } from "./import-profile.js";

type Trx = Transaction<Tables>;
type Written = { profileId: string; line: number; profile: ImportedProfile };

type VerificationColumns = {
  verification_source: "self" | "admin" | "import" | null;
  verification_outcome: "confirmed" | "not-confirmed" | null;
  verified_at: string | null;
  verified_by: string | null;
  verified_by_name: string | null;
  verification_evidence: string | null;
};

const unverified: VerificationColumns = {
  verification_source: null,
  verification_outcome: null,
  verified_at: null,
  verified_by: null,
  verified_by_name: null,
  verification_evidence: null,
};

/** Same credential: same profile, issuer and number (licence) or name (certification). */
const sameKey = (profileId: string, issuer: string, label: string) =>
  `${profileId}\u0000${issuer.toUpperCase()}\u0000${label.toUpperCase()}`;

function verificationOf(written: Written, evidence: string): VerificationColumns {
  const { verifiedOn, verifiedBy } = written.profile.imported;
  if (verifiedOn === null || verifiedBy === null) return unverified;
  return {
    verification_source: "import",
    verification_outcome: "confirmed",
    verified_at: `${verifiedOn}T00:00:00.000Z`,
    verified_by: null,
    verified_by_name: verifiedBy,
    verification_evidence: evidence,
  };
}

/** Keeps the verification an admin or the practitioner made; an import's own is replaced. */
function keptVerification(old: VerificationColumns | undefined): VerificationColumns | undefined {
  if (
    old === undefined ||
    old.verification_source === null ||
    old.verification_source === "import"
  ) {
    return undefined;
  }
  return {
    verification_source: old.verification_source,
    verification_outcome: old.verification_outcome,
    verified_at: old.verified_at,
    verified_by: old.verified_by,
    verified_by_name: old.verified_by_name,
    verification_evidence: old.verification_evidence,
  };
}

/**
 * Replaces the licences and certifications of the profiles an import wrote. A credential that
 * is still in the file keeps its id and any verification an admin made of it.
 */
export async function importCredentialRows(
  trx: Trx,
  written: readonly Written[],
  fileName: string,
  ids: IdSource,
) {
  if (written.length === 0) return;
  const profileIds = written.map((entry) => entry.profileId);
  const [oldLicences, oldCertifications] = await Promise.all([
    trx
      .selectFrom("practitioner_licences")
      .selectAll()
      .where("profile_id", "in", profileIds)
      .execute(),
    trx
      .selectFrom("practitioner_certifications")
      .selectAll()
      .where("profile_id", "in", profileIds)
      .execute(),
  ]);
  const licencesByKey = new Map(
    oldLicences.map((row) => [sameKey(row.profile_id, row.issuer, row.number), row]),
  );
  const certificationsByKey = new Map(
    oldCertifications.map((row) => [sameKey(row.profile_id, row.issuer, row.name), row]),
  );
  const history: Insertable<PractitionerVerificationsTable>[] = [];
  const remember = (
    subject: "licence" | "certification",
    subjectId: string,
    profileId: string,
    fresh: VerificationColumns,
    old: VerificationColumns | undefined,
  ) => {
    if (fresh.verified_at === null || keptVerification(old) !== undefined) return;
    if (old?.verified_at === fresh.verified_at) return;
    history.push({
      id: ids.newId(),
      profile_id: profileId,
      subject,
      subject_id: subjectId,
      source: "import",
      outcome: "confirmed",
      verified_at: fresh.verified_at,
      verified_by: null,
      verified_by_name: fresh.verified_by_name ?? "",
      evidence: fresh.verification_evidence,
    });
  };
  const licences: Insertable<PractitionerLicencesTable>[] = [];
  const certifications: Insertable<PractitionerCertificationsTable>[] = [];
  for (const entry of written) {
    const evidence = `${fileName}, line ${entry.line}`;
    const fresh = verificationOf(entry, evidence);
    entry.profile.values.licences.forEach((licence, position) => {
      const old = licencesByKey.get(sameKey(entry.profileId, licence.issuer, licence.number));
      const id = old?.id ?? ids.newId();
      remember("licence", id, entry.profileId, fresh, old);
      licences.push({
        id,
        profile_id: entry.profileId,
        position,
        number: licence.number,
        issuer: licence.issuer,
        expires_on: licence.expiresOn,
        ...(keptVerification(old) ?? fresh),
      });
    });
    entry.profile.values.certifications.forEach((certification, position) => {
      const old = certificationsByKey.get(
        sameKey(entry.profileId, certification.issuer, certification.name),
      );
      const id = old?.id ?? ids.newId();
      remember("certification", id, entry.profileId, fresh, old);
      certifications.push({
        id,
        profile_id: entry.profileId,
        position,
        name: certification.name,
        issuer: certification.issuer,
        expires_on: certification.expiresOn,
        ...(keptVerification(old) ?? fresh),
      });
    });
  }
  await trx.deleteFrom("practitioner_licences").where("profile_id", "in", profileIds).execute();
  await trx
    .deleteFrom("practitioner_certifications")
    .where("profile_id", "in", profileIds)
    .execute();
  for (let index = 0; index < licences.length; index += 500) {
    await trx
      .insertInto("practitioner_licences")
      .values(licences.slice(index, index + 500))
      .execute();
  }
  for (let index = 0; index < certifications.length; index += 500) {
    await trx
      .insertInto("practitioner_certifications")
      .values(certifications.slice(index, index + 500))
      .execute();
  }
  for (let index = 0; index < history.length; index += 500) {
    await trx
      .insertInto("practitioner_verifications")
      .values(history.slice(index, index + 500))
      .execute();
  }
}
