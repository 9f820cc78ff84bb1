import type { ExpressionBuilder } from "kysely";
import type { Database } from "../database/database.js";
import type { PractitionerLicencesTable } from "./directory.tables.js";

/** A place in the queue: the last (profile, credential id) of the previous page. */
export type QueuePosition = { profileId: string; id: string };

/**
 * The columns the queue filters and orders a credential table by (aliased `c`): licences and
 * certifications share them, so one pair of filters serves both queries.
 */
type QueueTables = {
  c: Pick<PractitionerLicencesTable, "id" | "profile_id" | "verification_source" | "verified_at">;
};

/** Not verified by an admin, or verified before `staleBefore`. */
const isStale = (staleBefore: string) => (eb: ExpressionBuilder<QueueTables, "c">) =>
  eb.or([
    eb("c.verification_source", "is", null),
    eb("c.verification_source", "!=", "admin"),
    eb("c.verified_at", "<", staleBefore),
  ]);

/** After the cursor's (profile, credential id). */
const isAfter = (after: QueuePosition | undefined) => (eb: ExpressionBuilder<QueueTables, "c">) =>
  after === undefined
    ? eb.lit(true)
    : eb.or([
        eb("c.profile_id", ">", after.profileId),
        eb.and([eb("c.profile_id", "=", after.profileId), eb("c.id", ">", after.id)]),
      ]);

/**
 * Licences and certifications with no admin verification, or one older than `staleBefore`,
 * in (profile, id) order after the cursor position: `limit + 1` of them at most (the extra one
 * says there is a next page). Each carries its practitioner's name, NPI and "accepting new
 * clients" (in the same query: no second look-up per practitioner).
 */
export async function verificationQueue(
  db: Database,
  staleBefore: string,
  after: QueuePosition | undefined,
  limit: number,
) {
  const licences = await db
    .selectFrom("practitioner_licences as c")
    .innerJoin("practitioner_profiles as p", "p.id", "c.profile_id")
    .selectAll("c")
    .select(["p.display_name", "p.npi", "p.is_accepting_new_clients", "c.number as title"])
    .where(isStale(staleBefore))
    .where(isAfter(after))
    .orderBy("c.profile_id")
    .orderBy("c.id")
    .limit(limit + 1)
    .execute();
  const certifications = await db
    .selectFrom("practitioner_certifications as c")
    .innerJoin("practitioner_profiles as p", "p.id", "c.profile_id")
    .selectAll("c")
    .select(["p.display_name", "p.npi", "p.is_accepting_new_clients", "c.name as title"])
    .where(isStale(staleBefore))
    .where(isAfter(after))
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
}
