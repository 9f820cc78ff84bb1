import type { Insertable, Transaction } from "kysely";
import type { Database } from "../database/database.js";
import { lockRecords } from "../database/record-lock.js";
import type { Tables } from "../database/tables.js";
import type { PractitionerProfilesTable } from "./directory.tables.js";
import { importCredentialRows } from "./import-credentials.js";
import type { ImportedProfile } from "./import-profile.js";
import type { ImportDependencies } from "./import.service.js";
import {
  profileRow,
  verificationHistory,
  type Existing,
  type StagedRow,
} from "./import-profile-rows.js";

type Trx = Transaction<Tables>;
/** Staged rows applied per statement: ~65 columns × 200 rows stays under both parameter limits. */
const pageSize = 200;

async function existingOf(trx: Trx, page: readonly StagedRow[]): Promise<Existing[]> {
  const npis = page.flatMap((row) =>
    row.profile.imported.npi === null ? [] : [row.profile.imported.npi],
  );
  const externalIds = page.flatMap((row) =>
    row.profile.imported.externalId === null ? [] : [row.profile.imported.externalId],
  );
  if (npis.length === 0 && externalIds.length === 0) return [];
  return trx
    .selectFrom("practitioner_profiles")
    .select([
      "id",
      "npi",
      "external_id",
      "user_id",
      "created_at",
      "npi_verification_source",
      "accepting_verification_source",
      "npi_verified_at",
      "accepting_verified_at",
    ])
    .where((eb) =>
      eb.or([
        ...(npis.length > 0 ? [eb("npi", "in", npis)] : []),
        ...(externalIds.length > 0 ? [eb("external_id", "in", externalIds)] : []),
      ]),
    )
    .execute();
}

/** Which existing profile a row updates, or why it may not. */
function targetOf(
  row: StagedRow,
  byNpi: Map<string, Existing>,
  byExternalId: Map<string, Existing>,
) {
  const { npi, externalId } = row.profile.imported;
  const viaNpi = npi === null ? undefined : byNpi.get(npi);
  const viaExternalId = externalId === null ? undefined : byExternalId.get(externalId);
  if (viaNpi !== undefined && viaExternalId !== undefined && viaNpi.id !== viaExternalId.id) {
    return {
      problem: `NPI ${npi ?? ""} and external_id ${externalId ?? ""} belong to two different practitioners in the directory`,
    };
  }
  const existing = viaNpi ?? viaExternalId;
  if (existing?.user_id !== null && existing !== undefined) {
    return {
      problem: "this practitioner manages their own profile; an import does not overwrite it",
    };
  }
  return { existing };
}

const updatedColumns = (row: Insertable<PractitionerProfilesTable>) =>
  Object.keys(row).filter(
    (column) => column !== "id" && column !== "created_at" && column !== "user_id",
  ) as Extract<keyof PractitionerProfilesTable, string>[];

/**
 * The directory's profiles this page matches, read after taking the per-profile lock that
 * profile edits and verifications take (`practitioner-profile:<id>`) on every one an import may
 * write: a save in progress finishes first, and what it wrote (a verification, an owner) is what
 * the page then sees. Profiles a practitioner already manages are refused, so not locked (their
 * own save may be waiting for this import's rows).
 */
async function lockedExistingOf(trx: Trx, page: readonly StagedRow[]): Promise<Existing[]> {
  const locked = new Set<string>();
  for (;;) {
    const existing = await existingOf(trx, page);
    const toLock = existing
      .filter((row) => row.user_id === null && !locked.has(row.id))
      .map((row) => row.id);
    if (toLock.length === 0) return existing;
    await lockRecords(
      trx,
      toLock.map((id) => `practitioner-profile:${id}`),
    );
    for (const id of toLock) locked.add(id);
  }
}

/**
 * Inserts new profiles, skipping any whose NPI or external id a profile committed since the page
 * was read already holds (a practitioner's own save that won the race). Returns the ids written.
 */
async function insertNew(
  trx: Trx,
  rows: readonly Insertable<PractitionerProfilesTable>[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await trx
    .insertInto("practitioner_profiles")
    .values([...rows])
    .onConflict((conflict) => conflict.doNothing())
    .returning("id")
    .execute();
  return new Set(inserted.map((row) => row.id));
}

const takenMeanwhile =
  "a practitioner's own profile took this NPI or external_id while the file was applied; import the file again";

/**
 * Writes a page's rows: updates of the profiles found (ids in hand, locked) and inserts of new
 * ones (`newIds`), which skip a row whose NPI or external id was taken meanwhile. Returns the new
 * ids actually inserted.
 */
async function writeRows(
  trx: Trx,
  rows: readonly Insertable<PractitionerProfilesTable>[],
  newIds: ReadonlySet<string>,
): Promise<Set<string>> {
  // Every row carries the same columns only when their verification columns match: write
  // rows grouped by their column set, so `excluded.x` always names a column the row gave.
  const groups = new Map<string, Insertable<PractitionerProfilesTable>[]>();
  for (const row of rows) {
    const shape = `${newIds.has(row.id) ? "new" : "old"}:${Object.keys(row).sort().join(",")}`;
    groups.set(shape, [...(groups.get(shape) ?? []), row]);
  }
  const inserted = new Set<string>();
  for (const [shape, group] of groups) {
    const [first] = group;
    if (first === undefined) continue;
    if (shape.startsWith("new:")) {
      for (const id of await insertNew(trx, group)) inserted.add(id);
      continue;
    }
    const columns = updatedColumns(first);
    await trx
      .insertInto("practitioner_profiles")
      .values(group)
      .onConflict((conflict) =>
        conflict
          .column("id")
          .doUpdateSet((eb) =>
            Object.fromEntries(columns.map((column) => [column, eb.ref(`excluded.${column}`)])),
          ),
      )
      .execute();
  }
  return inserted;
}

async function applyPage(
  trx: Trx,
  page: readonly StagedRow[],
  ids: ImportDependencies["ids"],
  at: string,
  fileName: string,
) {
  const existing = await lockedExistingOf(trx, page);
  const byNpi = new Map(
    existing.flatMap((row) => (row.npi === null ? [] : [[row.npi, row] as const])),
  );
  const byExternalId = new Map(
    existing.flatMap((row) => (row.external_id === null ? [] : [[row.external_id, row] as const])),
  );
  const problems: { line: number; key: string; message: string }[] = [];
  const written: { id: string; row: StagedRow; isNew: boolean }[] = [];
  for (const row of page) {
    const target = targetOf(row, byNpi, byExternalId);
    if (target.problem !== undefined) {
      problems.push({ line: row.line, key: row.key, message: target.problem });
      continue;
    }
    written.push({
      id: target.existing?.id ?? ids.newId(),
      row,
      isNew: target.existing === undefined,
    });
  }
  const allRows = written.map(({ id, row }) => {
    const old = existing.find((candidate) => candidate.id === id);
    return profileRow(row, id, old, at, `${fileName}, line ${row.line}`);
  });
  const newIds = new Set(written.filter((entry) => entry.isNew).map((entry) => entry.id));
  const insertedIds = await writeRows(trx, allRows, newIds);
  const isKept = (id: string) => !newIds.has(id) || insertedIds.has(id);
  for (const entry of written.filter((each) => !isKept(each.id))) {
    problems.push({ line: entry.row.line, key: entry.row.key, message: takenMeanwhile });
  }
  const kept = written.filter((entry) => isKept(entry.id));
  const rows = allRows.filter((row) => isKept(row.id));
  const history = verificationHistory(rows, existing, ids);
  if (history.length > 0)
    await trx.insertInto("practitioner_verifications").values(history).execute();
  await importCredentialRows(
    trx,
    kept.map(({ id, row }) => ({ profileId: id, line: row.line, profile: row.profile })),
    fileName,
    ids,
  );
  return {
    problems,
    inserted: kept.filter((entry) => entry.isNew).length,
    updated: kept.filter((entry) => !entry.isNew).length,
  };
}

/**
 * Applies every staged row of a run in one transaction (the directory never shows half a file),
 * then deletes the staged rows and marks the run done. Rows the directory refuses here (a
 * practitioner's own profile, an NPI and an external id of two different profiles, an NPI a
 * practitioner's own save took while the file was applied) become problems of the run, like
 * the rows refused while reading. Each page takes the per-profile locks of profile edits first.
 */
export async function applyStagedRows(
  dependencies: ImportDependencies,
  runId: string,
): Promise<void> {
  const at = dependencies.clock.now().toISOString();
  await dependencies.db.transaction().execute(async (trx) => {
    const run = await trx
      .selectFrom("directory_import_runs")
      .selectAll()
      .where("id", "=", runId)
      .executeTakeFirstOrThrow();
    if (run.status !== "applying") return;
    const fileName = run.file_name.split(/[\\/]/).pop() ?? run.file_name;
    const totals = { inserted: 0, updated: 0, rejected: 0 };
    for (let after = 0; ;) {
      const page = (
        await trx
          .selectFrom("directory_import_rows")
          .select(["line", "record_key", "profile"])
          .where("run_id", "=", runId)
          .where("line", ">", after)
          .orderBy("line")
          .limit(pageSize)
          .execute()
      ).map((row) => ({
        line: row.line,
        key: row.record_key,
        profile: JSON.parse(row.profile) as ImportedProfile,
      }));
      if (page.length === 0) break;
      after = page[page.length - 1]?.line ?? after;
      const outcome = await applyPage(trx, page, dependencies.ids, at, fileName);
      totals.inserted += outcome.inserted;
      totals.updated += outcome.updated;
      totals.rejected += outcome.problems.length;
      if (outcome.problems.length > 0) {
        await trx
          .insertInto("directory_import_problems")
          .values(
            outcome.problems.map((problem) => ({
              run_id: runId,
              line: problem.line,
              position: 0,
              record_key: problem.key,
              column_name: null,
              message: problem.message,
            })),
          )
          .execute();
      }
    }
    await trx.deleteFrom("directory_import_rows").where("run_id", "=", runId).execute();
    await trx
      .updateTable("directory_import_runs")
      .set((eb) => ({
        status: "done",
        rows_inserted: totals.inserted,
        rows_updated: totals.updated,
        rows_staged: eb("rows_staged", "-", totals.rejected),
        rows_rejected: eb("rows_rejected", "+", totals.rejected),
        updated_at: at,
        finished_at: at,
      }))
      .where("id", "=", runId)
      .execute();
  });
}

/** How many of these import keys (npi:… / id:…) the directory already holds (for a dry run). */
export async function countExisting(db: Database, keys: readonly string[]): Promise<number> {
  const npis = keys.filter((key) => key.startsWith("npi:")).map((key) => key.slice(4));
  const externalIds = keys.filter((key) => key.startsWith("id:")).map((key) => key.slice(3));
  let count = 0;
  for (const [column, values] of [
    ["npi", npis],
    ["external_id", externalIds],
  ] as const) {
    for (let index = 0; index < values.length; index += 500) {
      const found = await db
        .selectFrom("practitioner_profiles")
        .select((eb) => eb.fn.countAll<number>().as("count"))
        .where(column, "in", values.slice(index, index + 500))
        .executeTakeFirst();
      count += found?.count ?? 0;
    }
  }
  return count;
}
