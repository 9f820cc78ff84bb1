import type {
  PractitionerProfile,
  PractitionerProfileValues,
  VerificationOutcome,
  VerificationSubject,
  Coordinates,
} from "@painplan/core";
import type { Transaction } from "kysely";
import type { Database } from "../database/database.js";
import { lockRecord } from "../database/record-lock.js";
import type { Tables } from "../database/tables.js";
import { refreshLicenceVerifiedAt, replaceCredentials } from "./practitioner-credentials.js";
import { profileColumns, toProfile } from "./practitioner-rows.js";
import {
  acceptingColumns,
  clearedNpi,
  historyRow,
  prefixed,
  type Verifier,
} from "./verification-columns.js";
import { verificationQueue, type QueuePosition } from "./verification-queue.js";

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
        await replaceCredentials(trx, "licence", profileId, values, input.newId);
        await replaceCredentials(trx, "certification", profileId, values, input.newId);
        await refreshLicenceVerifiedAt(trx, profileId);
        await insertHistory(
          trx,
          historyRow(
            input.newId(),
            profileId,
            "accepting-new-clients",
            null,
            verifier,
            "confirmed",
            now,
          ),
        );
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
        await insertHistory(
          trx,
          historyRow(
            input.newId,
            input.profileId,
            "accepting-new-clients",
            null,
            input.verifier,
            "confirmed",
            input.now,
          ),
        );
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
        await insertHistory(
          trx,
          historyRow(
            input.newId,
            input.profileId,
            input.subject,
            input.subjectId,
            verifier,
            outcome,
            now,
          ),
        );
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
    queue(staleBefore: string, after: QueuePosition | undefined, limit: number) {
      return verificationQueue(db, staleBefore, after, limit);
    },
  };
}

/** See `practitionerProfilesRepository`. */
export type PractitionerProfilesRepository = ReturnType<typeof practitionerProfilesRepository>;

function groupBy<Row extends { profile_id: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.profile_id, [...(groups.get(row.profile_id) ?? []), row]);
  return groups;
}

/** Adds one verification to the profile's history (every verification is kept). */
async function insertHistory(trx: Transaction<Tables>, row: ReturnType<typeof historyRow>) {
  await trx.insertInto("practitioner_verifications").values(row).execute();
}
