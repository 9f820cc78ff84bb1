import {
  applyPainEntryUpdate,
  checkRecordedAt,
  painEntryChanges,
  type PainEntry,
  type PainEntryHistory,
  type UpdatePainEntry,
} from "@painplan/core";
import { z } from "zod";
import { fieldError, notFound } from "../errors/api-error.js";
import type { RecordOwner } from "../audit/reader.js";
import { lockRecord } from "../database/record-lock.js";
import type { DiaryDependencies } from "./diary-dependencies.js";
import { painEntriesRepository as entries, type Queryable } from "./pain-entries.repository.js";
import { toPainEntry, valueColumns, valuesOf, type PainEntryRow } from "./pain-entry-rows.js";

const storedChangesSchema = z.array(
  z.object({ field: z.string(), before: z.unknown(), after: z.unknown() }),
);

const missingEntry = () => notFound("This pain entry");

/** The entry, locked until the transaction ends, so edits racing for it go one at a time. */
async function liveEntry(trx: Queryable, owner: RecordOwner, entryId: string) {
  await lockRecord(trx, `pain-entry:${entryId}`);
  const row = await entries.byId(trx, owner.userId, entryId);
  if (row === undefined || row.deleted_at !== null) throw missingEntry();
  return row;
}

/**
 * Edits and deletions of pain entries. Each one bumps the entry's version and writes a change
 * row (who, when, what) in the same transaction; a deletion only hides the entry, so its history
 * stays until the account is erased.
 */
export function painEntryEdits(deps: DiaryDependencies) {
  async function recordChange(
    trx: Queryable,
    row: PainEntryRow,
    change: { actorId: string; action: "updated" | "deleted"; changes: unknown[]; now: string },
  ) {
    await entries.insertChange(trx, {
      id: deps.ids.newId(),
      entry_id: row.id,
      user_id: row.user_id,
      version: row.version + 1,
      at: change.now,
      actor_id: change.actorId,
      action: change.action,
      changes: JSON.stringify(change.changes),
    });
  }

  return {
    async update(
      owner: RecordOwner,
      actorId: string,
      entryId: string,
      body: UpdatePainEntry,
    ): Promise<PainEntry> {
      if (body.recordedAt !== undefined) {
        const problem = checkRecordedAt(body.recordedAt, deps.clock.now());
        if (problem !== undefined) throw fieldError("recordedAt", problem);
      }
      const now = deps.clock.now().toISOString();
      const row = await deps.writes.run(async (trx) => {
        const current = await liveEntry(trx, owner, entryId);
        const before = valuesOf(current);
        const after = applyPainEntryUpdate(before, body);
        const changes = painEntryChanges(before, after);
        if (changes.length === 0) return current;
        // Local day and time are recomputed in the zone the entry was recorded in.
        const updated = await entries.update(trx, owner.userId, entryId, {
          ...valueColumns(after, current.time_zone),
          version: current.version + 1,
          updated_at: now,
        });
        await recordChange(trx, current, { actorId, action: "updated", changes, now });
        return updated;
      });
      return toPainEntry(row);
    },

    async remove(owner: RecordOwner, actorId: string, entryId: string): Promise<void> {
      const now = deps.clock.now().toISOString();
      await deps.writes.run(async (trx) => {
        const current = await liveEntry(trx, owner, entryId);
        await entries.update(trx, owner.userId, entryId, {
          deleted_at: now,
          version: current.version + 1,
          updated_at: now,
        });
        await recordChange(trx, current, { actorId, action: "deleted", changes: [], now });
      });
    },

    /** Oldest first, starting with the creation; deleted entries keep theirs. */
    async history(owner: RecordOwner, entryId: string): Promise<PainEntryHistory> {
      const row = await entries.byId(deps.db, owner.userId, entryId);
      if (row === undefined) throw missingEntry();
      const changes = await entries.changesOf(deps.db, owner.userId, entryId);
      return {
        entryId,
        isDeleted: row.deleted_at !== null,
        changes: [
          { at: row.created_at, actorId: row.user_id, action: "created", changes: [] },
          ...changes.map((change) => ({
            at: change.at,
            actorId: change.actor_id,
            action: change.action,
            changes: storedChangesSchema.parse(JSON.parse(change.changes)),
          })),
        ],
      };
    },
  };
}

export type PainEntryEdits = ReturnType<typeof painEntryEdits>;
