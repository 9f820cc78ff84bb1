import {
  checkRecordedAt,
  isRetryOf,
  newPainEntryValues,
  quickLogValues,
  stableDayValues,
  type CreatePainEntry,
  type PainEntry,
  type PainEntryValues,
  type Submission,
} from "@painplan/core";
import { ApiError, fieldError } from "../errors/api-error.js";
import type { RecordOwner } from "../audit/reader.js";
import type { DiaryDependencies } from "./diary-dependencies.js";
import { painEntriesRepository as entries, type Queryable } from "./pain-entries.repository.js";
import { newEntryRow, toPainEntry, valuesOf, type PainEntryRow } from "./pain-entry-rows.js";

type NewEntry = { idempotencyKey: string; recordedAt?: string | undefined };
type Attempt = Submission & { key: string };

const keyReused = () =>
  new ApiError(
    "idempotency_key_reused",
    "This idempotency key was already used for a different entry. Send a new key for a new entry.",
    {
      fields: [
        { path: "idempotencyKey", message: "Already used for a different entry: make a new one." },
      ],
    },
  );

const entryDeletedSince = () =>
  new ApiError(
    "idempotency_key_reused",
    "This entry was saved earlier and has since been deleted. Send a new key to record it again.",
    {
      fields: [{ path: "idempotencyKey", message: "Its entry has been deleted: make a new key." }],
    },
  );

/**
 * Creating pain entries: a full entry, a quick log, a stable day. Each is idempotent: the
 * client's key is unique per person, so a retry finds the entry it already made (and a
 * different request under a used key is refused). Each runs as one write job of few statements.
 */
export function painEntryCreation(deps: DiaryDependencies) {
  function timeOf(requested: string | undefined, now: string): string {
    const recordedAt = requested ?? now;
    const problem = checkRecordedAt(recordedAt, deps.clock.now());
    if (problem !== undefined) throw fieldError("recordedAt", problem);
    return recordedAt;
  }

  /** The entry already saved under the attempt's key, if this is a retry of it. */
  async function replayOf(trx: Queryable, owner: RecordOwner, attempt: Attempt) {
    const stored = await entries.byIdempotencyKey(trx, owner.userId, attempt.key);
    if (stored === undefined) return undefined;
    if (!isRetryOf(attempt, { origin: stored.origin, values: valuesOf(stored) })) throw keyReused();
    // A retry that arrives after the person deleted the entry must not bring it back to view.
    if (stored.deleted_at !== null) throw entryDeletedSince();
    return stored;
  }

  async function insertOnce(
    trx: Queryable,
    owner: RecordOwner,
    attempt: Attempt,
    values: PainEntryValues,
  ): Promise<PainEntryRow> {
    const now = deps.clock.now().toISOString();
    const row = newEntryRow({
      id: deps.ids.newId(),
      userId: owner.userId,
      idempotencyKey: attempt.key,
      values,
      timeZone: owner.timeZone,
      origin: attempt.origin,
      now,
    });
    const inserted = await entries.insertOnce(trx, row);
    if (inserted !== undefined) {
      // Counted in the same transaction: past the quota, the insert is undone with the count.
      await deps.quotas.takeEntry(trx, owner.userId, owner.timeZone);
      return inserted;
    }
    const replay = await replayOf(trx, owner, attempt);
    // Unreachable: the insert met a row with this key, and rows are never removed but by erasure.
    if (replay === undefined) throw new Error("pain entry with a used key vanished");
    return replay;
  }

  return {
    async create(owner: RecordOwner, body: CreatePainEntry): Promise<PainEntry> {
      const recordedAt = timeOf(body.recordedAt, deps.clock.now().toISOString());
      const values = newPainEntryValues(body, recordedAt);
      const { idempotencyKey: key, ...sent } = body;
      const attempt: Attempt = { key, origin: "entry", sent };
      return toPainEntry(await deps.writes.run((trx) => insertOnce(trx, owner, attempt, values)));
    },

    async quickLog(owner: RecordOwner, body: NewEntry & { intensityNow: number }) {
      const recordedAt = timeOf(body.recordedAt, deps.clock.now().toISOString());
      const { idempotencyKey: key, ...sent } = body;
      const attempt: Attempt = { key, origin: "quick-log", sent };
      const row = await deps.writes.run(async (trx) => {
        const last = await entries.latestUpTo(trx, owner.userId, recordedAt);
        const lastValues = last === undefined ? undefined : valuesOf(last);
        const values = quickLogValues(body.intensityNow, recordedAt, lastValues);
        return insertOnce(trx, owner, attempt, values);
      });
      return toPainEntry(row);
    },

    async stableDay(owner: RecordOwner, body: NewEntry): Promise<PainEntry> {
      const recordedAt = timeOf(body.recordedAt, deps.clock.now().toISOString());
      const { idempotencyKey: key, ...sent } = body;
      const attempt: Attempt = { key, origin: "stable-day", sent };
      const row = await deps.writes.run(async (trx) => {
        const last = await entries.latestUpTo(trx, owner.userId, recordedAt);
        if (last === undefined) {
          const replay = await replayOf(trx, owner, attempt);
          if (replay !== undefined) return replay;
          throw new ApiError(
            "no_earlier_entry",
            "There is no earlier entry to repeat yet. Record how you feel first.",
          );
        }
        return insertOnce(trx, owner, attempt, stableDayValues(valuesOf(last), recordedAt));
      });
      return toPainEntry(row);
    },
  };
}

export type PainEntryCreation = ReturnType<typeof painEntryCreation>;
