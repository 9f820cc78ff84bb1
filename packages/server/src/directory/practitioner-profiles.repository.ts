import type {
  PractitionerProfile,
  PractitionerProfileValues,
  VerificationOutcome,
  VerificationSource,
  VerificationSubject,
  Coordinates,
} from "@painplan/core";
import type { Transaction } from "kysely";
import type { Database } from "../database/database.js";
import { lockRecord } from "../database/record-lock.js";
import type { Tables } from "../database/tables.js";
import {
  profileColumns,
  toProfile,
  type CertificationRow,
  type LicenceRow,
} from "./practitioner-rows.js";

/** Who verifies: an admin, the practitioner themself, or an import file (no user). */
export type Verifier = {
  source: VerificationSource;
  userId: string | null;
  name: string;
  evidence: string | null;
};

/** Ids per query: well under PostgreSQL's and SQLite's parameter limits. */
const chunkSize = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += chunkSize) {
    out.push(items.slice(index, index + chunkSize));
  }
  return out;
}

type Executor = Database | Transaction<Tables>;

/** Practitioner profiles with their licences and certifications (directory, issue 13). */
export function practitionerProfilesRepository(db: Database) {
  async function load(executor: Executor, ids: readonly string[]) {
    const profiles = new Map<string, PractitionerProfile>();
    for (const part of chunks([...new Set(ids)])) {
      const [rows, licences, certifications] = await Promise.all([
        executor.selectFrom("practitioner_profiles").selectAll().where("id", "in", part).execute(),
        executor
          .selectFrom("practitioner_licences")
          .selectAll()
          .where("profile_id", "in", part)
          .orderBy("profile_id")
          .orderBy("position")
          .execute(),
        executor
          .selectFrom("practitioner_certifications")
          .selectAll()
          .where("profile_id", "in", part)
          .orderBy("profile_id")
          .orderBy("position")
          .execute(),
      ]);
      const licencesOf = groupBy(licences);
      const certificationsOf = groupBy(certifications);
      for (const row of rows) {
        profiles.set(
          row.id,
          toProfile(row, licencesOf.get(row.id) ?? [], certificationsOf.get(row.id) ?? []),
        );
      }
    }
    return profiles;
  }

  return {
    /** Profiles by id (missing ids are left out). */
    byIds: (ids: readonly string[]) => load(db, ids),

    async byId(id: string): Promise<PractitionerProfile | undefined> {
      return (await load(db, [id])).get(id);
    },

    /** Whether another profile (not `userId`'s) holds this NPI. */
    async isNpiTaken(npi: string, userId: string): Promise<boolean> {
      const row = await db
        .selectFrom("practitioner_profiles")
        .select("user_id")
        .where("npi", "=", npi)
        .executeTakeFirst();
      return row !== undefined && row.user_id !== userId;
    },

    async idOfUser(userId: string): Promise<string | undefined> {
      const row = await db
        .selectFrom("practitioner_profiles")
        .select("id")
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return row?.id;
    },

    /**
     * Writes a practitioner's own profile (insert or replace), in one transaction. Saving confirms
     * "accepting new clients" as of `now` (the practitioner says so); a licence or certification
     * keeps its verification only while its number/name and issuer are unchanged; a changed NPI
     * loses its verification.
     */
    async saveOwn(input: {
      newId: () => string;
      userId: string;
      values: PractitionerProfileValues;
      location: Coordinates | null;
      verifier: Verifier;
      now: string;
    }): Promise<PractitionerProfile> {
      const { values, now, verifier } = input;
      const id = await db.transaction().execute(async (trx) => {
        await lockRecord(trx, `practitioner-profile-of:${input.userId}`);
        const existing = await trx
          .selectFrom("practitioner_profiles")
          .select(["id", "npi"])
          .where("user_id", "=", input.userId)
          .executeTakeFirst();
        const profileId = existing?.id ?? input.newId();
        // Verifications of the same profile wait for this write (licences are rewritten below).
        await lockRecord(trx, `practitioner-profile:${profileId}`);
        const columns = {
          ...profileColumns(values, input.location),
          ...acceptingColumns(verifier, now),
          ...(existing !== undefined && existing.npi === values.npi ? {} : clearedNpi()),
          updated_at: now,
        };
        if (existing === undefined) {
          await trx
            .insertInto("practitioner_profiles")
            .values({
              id: profileId,
              user_id: input.userId,
              external_id: null,
              origin: "self",
              is_fictional: 0,
              licence_verified_at: null,
              created_at: now,
              ...columns,
            })
            .execute();
        } else {
          await trx
            .updateTable("practitioner_profiles")
            .set(columns)
            .where("id", "=", profileId)
            .execute();
        }
        await replaceLicences(trx, profileId, values, input.newId);
        await replaceCertifications(trx, profileId, values, input.newId);
        await refreshLicenceVerifiedAt(trx, profileId);
        await trx
          .insertInto("practitioner_verifications")
          .values(
            historyRow(
              input.newId(),
              profileId,
              "accepting-new-clients",
              null,
              verifier,
              "confirmed",
              now,
            ),
          )
          .execute();
        return profileId;
      });
      const saved = (await load(db, [id])).get(id);
      if (saved === undefined) throw new Error("The profile just written is missing.");
      return saved;
    },

    async confirmAccepting(input: {
      profileId: string;
      isAcceptingNewClients: boolean;
      verifier: Verifier;
      now: string;
      newId: string;
    }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await lockRecord(trx, `practitioner-profile:${input.profileId}`);
        await trx
          .updateTable("practitioner_profiles")
          .set({
            is_accepting_new_clients: input.isAcceptingNewClients ? 1 : 0,
            ...acceptingColumns(input.verifier, input.now),
            updated_at: input.now,
          })
          .where("id", "=", input.profileId)
          .execute();
        await trx
          .insertInto("practitioner_verifications")
          .values(
            historyRow(
              input.newId,
              input.profileId,
              "accepting-new-clients",
              null,
              input.verifier,
              "confirmed",
              input.now,
            ),
          )
          .execute();
      });
    },

    /**
     * Records a verification of one fact (the latest on the fact's columns, every one in the
     * history). Returns false when the licence or certification is not this practitioner's.
     */
    async verify(input: {
      profileId: string;
      subject: VerificationSubject;
      subjectId: string | null;
      outcome: VerificationOutcome;
      verifier: Verifier;
      now: string;
      newId: string;
    }): Promise<boolean> {
      const { verifier, now, outcome } = input;
      return db.transaction().execute(async (trx) => {
        await lockRecord(trx, `practitioner-profile:${input.profileId}`);
        const own = {
          verification_source: verifier.source,
          verification_outcome: outcome,
          verified_at: now,
          verified_by: verifier.userId,
          verified_by_name: verifier.name,
          verification_evidence: verifier.evidence,
        };
        if (input.subject === "licence" || input.subject === "certification") {
          const table =
            input.subject === "licence" ? "practitioner_licences" : "practitioner_certifications";
          const result = await trx
            .updateTable(table)
            .set(own)
            .where("id", "=", input.subjectId ?? "")
            .where("profile_id", "=", input.profileId)
            .executeTakeFirst();
          if (Number(result.numUpdatedRows) === 0) return false;
        } else {
          const prefix = input.subject === "npi" ? "npi_" : "accepting_";
          await trx
            .updateTable("practitioner_profiles")
            .set(prefixed(prefix, own))
            .where("id", "=", input.profileId)
            .execute();
        }
        await refreshLicenceVerifiedAt(trx, input.profileId);
        await trx
          .insertInto("practitioner_verifications")
          .values(
            historyRow(
              input.newId,
              input.profileId,
              input.subject,
              input.subjectId,
              verifier,
              outcome,
              now,
            ),
          )
          .execute();
        return true;
      });
    },

    async history(profileId: string) {
      return db
        .selectFrom("practitioner_verifications")
        .selectAll()
        .where("profile_id", "=", profileId)
        .orderBy("verified_at", "desc")
        .orderBy("id", "desc")
        .execute();
    },

    /**
     * Licences and certifications with no admin verification, or one older than `staleBefore`,
     * in (profile, id) order after the cursor position.
     */
    async queue(
      staleBefore: string,
      after: { profileId: string; id: string } | undefined,
      limit: number,
    ) {
      const licences = await db
        .selectFrom("practitioner_licences as c")
        .innerJoin("practitioner_profiles as p", "p.id", "c.profile_id")
        .selectAll("c")
        .select(["p.display_name", "c.number as title"])
        .where((eb) =>
          eb.or([
            eb("c.verification_source", "is", null),
            eb("c.verification_source", "!=", "admin"),
            eb("c.verified_at", "<", staleBefore),
          ]),
        )
        .where((eb) =>
          after === undefined
            ? eb.lit(true)
            : eb.or([
                eb("c.profile_id", ">", after.profileId),
                eb.and([eb("c.profile_id", "=", after.profileId), eb("c.id", ">", after.id)]),
              ]),
        )
        .orderBy("c.profile_id")
        .orderBy("c.id")
        .limit(limit + 1)
        .execute();
      const certifications = await db
        .selectFrom("practitioner_certifications as c")
        .innerJoin("practitioner_profiles as p", "p.id", "c.profile_id")
        .selectAll("c")
        .select(["p.display_name", "c.name as title"])
        .where((eb) =>
          eb.or([
            eb("c.verification_source", "is", null),
            eb("c.verification_source", "!=", "admin"),
            eb("c.verified_at", "<", staleBefore),
          ]),
        )
        .where((eb) =>
          after === undefined
            ? eb.lit(true)
            : eb.or([
                eb("c.profile_id", ">", after.profileId),
                eb.and([eb("c.profile_id", "=", after.profileId), eb("c.id", ">", after.id)]),
              ]),
        )
        .orderBy("c.profile_id")
        .orderBy("c.id")
        .limit(limit + 1)
        .execute();
      return [
        ...licences.map((row) => ({ subject: "licence" as const, row })),
        ...certifications.map((row) => ({ subject: "certification" as const, row })),
      ]
        .sort((a, b) =>
          a.row.profile_id === b.row.profile_id
            ? a.row.id < b.row.id
              ? -1
              : 1
            : a.row.profile_id < b.row.profile_id
              ? -1
              : 1,
        )
        .slice(0, limit + 1);
    },
  };
}
export type PractitionerProfilesRepository = ReturnType<typeof practitionerProfilesRepository>;

function groupBy<Row extends { profile_id: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.profile_id, [...(groups.get(row.profile_id) ?? []), row]);
  return groups;
}

function prefixed<P extends string, T extends Record<string, unknown>>(prefix: P, values: T) {
  const renamed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    renamed[
      key === "verified_at" || key === "verified_by" || key === "verified_by_name"
        ? `${prefix}${key}`
        : `${prefix}${key}`
    ] = value;
  }
  return renamed as { [K in keyof T as `${P}${K & string}`]: T[K] };
}

function acceptingColumns(verifier: Verifier, now: string) {
  return {
    accepting_verification_source: verifier.source,
    accepting_verification_outcome: "confirmed" as const,
    accepting_verified_at: now,
    accepting_verified_by: verifier.userId,
    accepting_verified_by_name: verifier.name,
    accepting_verification_evidence: verifier.evidence,
  };
}

function clearedNpi() {
  return {
    npi_verification_source: null,
    npi_verification_outcome: null,
    npi_verified_at: null,
    npi_verified_by: null,
    npi_verified_by_name: null,
    npi_verification_evidence: null,
  };
}

function historyRow(
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
function keptVerification(existing: LicenceRow | CertificationRow | undefined, isSame: boolean) {
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

async function replaceLicences(
  trx: Transaction<Tables>,
  profileId: string,
  values: PractitionerProfileValues,
  newId: () => string,
): Promise<void> {
  const existing = await trx
    .selectFrom("practitioner_licences")
    .selectAll()
    .where("profile_id", "=", profileId)
    .execute();
  const byId = new Map(existing.map((row) => [row.id, row]));
  await trx.deleteFrom("practitioner_licences").where("profile_id", "=", profileId).execute();
  if (values.licences.length === 0) return;
  await trx
    .insertInto("practitioner_licences")
    .values(
      values.licences.map((licence, position) => {
        const old = licence.id === undefined ? undefined : byId.get(licence.id);
        const isSame =
          old !== undefined && old.number === licence.number && old.issuer === licence.issuer;
        return {
          id: isSame ? old.id : newId(),
          profile_id: profileId,
          position,
          number: licence.number,
          issuer: licence.issuer,
          expires_on: licence.expiresOn,
          ...keptVerification(old, isSame),
        };
      }),
    )
    .execute();
}

async function replaceCertifications(
  trx: Transaction<Tables>,
  profileId: string,
  values: PractitionerProfileValues,
  newId: () => string,
): Promise<void> {
  const existing = await trx
    .selectFrom("practitioner_certifications")
    .selectAll()
    .where("profile_id", "=", profileId)
    .execute();
  const byId = new Map(existing.map((row) => [row.id, row]));
  await trx.deleteFrom("practitioner_certifications").where("profile_id", "=", profileId).execute();
  if (values.certifications.length === 0) return;
  await trx
    .insertInto("practitioner_certifications")
    .values(
      values.certifications.map((certification, position) => {
        const old = certification.id === undefined ? undefined : byId.get(certification.id);
        const isSame =
          old !== undefined &&
          old.name === certification.name &&
          old.issuer === certification.issuer;
        return {
          id: isSame ? old.id : newId(),
          profile_id: profileId,
          position,
          name: certification.name,
          issuer: certification.issuer,
          expires_on: certification.expiresOn,
          ...keptVerification(old, isSame),
        };
      }),
    )
    .execute();
}

/** The profile's `licence_verified_at`: the newest admin confirmation among its licences. */
export async function refreshLicenceVerifiedAt(
  trx: Transaction<Tables>,
  profileId: string,
): Promise<void> {
  const latest = await trx
    .selectFrom("practitioner_licences")
    .select((eb) => eb.fn.max("verified_at").as("latest"))
    .where("profile_id", "=", profileId)
    .where("verification_source", "=", "admin")
    .where("verification_outcome", "=", "confirmed")
    .executeTakeFirst();
  await trx
    .updateTable("practitioner_profiles")
    .set({ licence_verified_at: latest?.latest ?? null })
    .where("id", "=", profileId)
    .execute();
}
