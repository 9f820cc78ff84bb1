import {
  checkSessionMatchesOccurrence,
  checkSessionTimes,
  followUpDueAfters,
  followUpDueAt,
  isSessionRetryOf,
  sessionEnd,
  type LogSession,
  type TherapySession,
  type UpdateSession,
  unknownOccurrenceProblem,
} from "@painplan/core";
import type { Transaction } from "kysely";
import type { RecordOwner } from "../audit/reader.js";
import { isUniqueViolation } from "../database/columns.js";
import type { Tables } from "../database/tables.js";
import { ApiError, fieldError, notFound } from "../errors/api-error.js";
import { jobQueue } from "../jobs/job-queue.js";
import { occurrenceByKey } from "../plan/occurrence-lookup.js";
import { plansRepository as plans } from "../plan/plans.repository.js";
import { sessionFollowUpJob } from "../reminders/session-follow-up-jobs.js";
import { newSessionRow, timeColumns, toTherapySession } from "./session-rows.js";
import type { SessionsDependencies } from "./sessions-dependencies.js";
import {
  hasPreSessionCheck,
  therapySessionsRepository as sessions,
} from "./therapy-sessions.repository.js";
import type { SessionFollowUpsTable, TherapySessionsTable } from "./sessions.tables.js";

type Trx = Transaction<Tables>;

const keyReused = () =>
  new ApiError(
    "idempotency_key_reused",
    "This idempotency key was already used for a different session. Send a new key for a new session.",
    { fields: [{ path: "idempotencyKey", message: "Already used for a different session." }] },
  );

const alreadyLogged = () =>
  new ApiError("write_conflict", "This planned session is already logged.", {
    fields: [{ path: "occurrenceStart", message: "This session is already in your log." }],
  });

function checkTimes(times: { startedAt: string; durationMinutes: number }, now: Date) {
  const problem = checkSessionTimes(times, now);
  if (problem !== undefined) throw fieldError(problem.path, problem.message);
}

/**
 * Logging, changing and removing sessions. A log is one transaction: the session, its two
 * follow-ups, their durable jobs, its charge (costs area) and, for a planned session, its
 * occurrence marked held (the plan's own repository). Retries with the same key return the
 * first result.
 */
export function sessionLog(deps: SessionsDependencies) {
  const { clock, ids } = deps;

  /** A session as the API shows it, read after its transaction committed (charge included). */
  async function readBack(owner: RecordOwner, row: TherapySessionsTable) {
    const followUps = await sessions.followUpsOf(deps.db, owner.userId, [row.id]);
    const charges = await deps.charges.forSessions(owner.userId, [row.id]);
    return toTherapySession(row, followUps, charges.get(row.id) ?? null);
  }

  /** Inserts the two follow-ups and their jobs; returns the rows (for the answer). */
  async function scheduleFollowUps(trx: Trx, owner: RecordOwner, row: TherapySessionsTable) {
    const end = sessionEnd(row.started_at, row.duration_minutes);
    const due = followUpDueAfters.map((dueAfter) => ({
      dueAfter,
      dueAt: followUpDueAt(end, dueAfter),
    }));
    const rows: SessionFollowUpsTable[] = due.map(({ dueAfter, dueAt }) => ({
      session_id: row.id,
      due_after: dueAfter,
      user_id: owner.userId,
      due_at: dueAt,
      pain_now: null,
      compared_with_before: null,
      note: null,
      answered_at: null,
    }));
    await sessions.insertFollowUps(trx, rows);
    await enqueueFollowUps(trx, owner.userId, row.id, due);
    return rows;
  }

  async function enqueueFollowUps(
    trx: Trx,
    userId: string,
    sessionId: string,
    due: readonly { dueAfter: string; dueAt: string }[],
  ) {
    await jobQueue(trx, ids).enqueue(
      due.map(({ dueAfter, dueAt }) => sessionFollowUpJob({ userId, sessionId, dueAfter, dueAt })),
      clock.now(),
    );
  }

  /**
   * The planned item must be a live item of the owner's active plan, the occurrence one of its
   * sessions (by the schedule, its changes and pauses), and the session plausibly that one
   * (core's `checkSessionMatchesOccurrence`): a session is never linked to another day's.
   */
  async function checkPlannedOccurrence(
    trx: Trx,
    owner: RecordOwner,
    body: Pick<LogSession, "planItemId" | "occurrenceStart" | "startedAt">,
  ) {
    const { planItemId: itemId, occurrenceStart: key } = body;
    if (itemId === null || key === null) return;
    const plan = await plans.active(trx, owner.userId);
    const item =
      plan === undefined ? undefined : await plans.item(trx, owner.userId, plan.id, itemId);
    if (plan === undefined || item === undefined)
      throw fieldError("planItemId", "This plan item was not found in your plan.");
    const occurrence = await occurrenceByKey(trx, plan, itemId, key, owner.timeZone);
    if (occurrence === undefined)
      throw fieldError(unknownOccurrenceProblem.path, unknownOccurrenceProblem.message);
    const problem = checkSessionMatchesOccurrence(body.startedAt, occurrence, owner.timeZone);
    if (problem !== undefined) throw fieldError(problem.path, problem.message);
  }

  /** A retimed planned session must still plausibly be its occurrence (when it still exists). */
  async function checkRetimed(
    trx: Trx,
    owner: RecordOwner,
    row: TherapySessionsTable,
    startedAt: string,
  ) {
    if (row.plan_item_id === null || row.occurrence_start === null) return;
    const plan = await plans.active(trx, owner.userId);
    if (plan === undefined) return;
    const occurrence = await occurrenceByKey(
      trx,
      plan,
      row.plan_item_id,
      row.occurrence_start,
      owner.timeZone,
    );
    // The plan changed since the session was logged (item removed, schedule edited): the link
    // is history, not a claim to check again.
    if (occurrence === undefined) return;
    const problem = checkSessionMatchesOccurrence(startedAt, occurrence, owner.timeZone);
    if (problem !== undefined) throw fieldError(problem.path, problem.message);
  }

  /** A linked pre-session check must be one of the owner's. */
  async function checkSafetyCheck(
    trx: Trx,
    owner: RecordOwner,
    checkId: string | null | undefined,
  ) {
    if (checkId === null || checkId === undefined) return;
    if (!(await hasPreSessionCheck(trx, owner.userId, checkId))) {
      throw fieldError("safetyCheckId", "This safety check was not found among yours.");
    }
  }

  async function markHeld(trx: Trx, owner: RecordOwner, row: TherapySessionsTable, now: string) {
    if (row.plan_item_id === null || row.occurrence_start === null) return;
    await plans.upsertException(trx, {
      id: ids.newId(),
      item_id: row.plan_item_id,
      user_id: owner.userId,
      original_start: row.occurrence_start,
      kind: "held",
      moved_to: null,
      held_at: row.started_at,
      updated_at: now,
    });
  }

  async function insertOnce(trx: Trx, owner: RecordOwner, readerId: string, body: LogSession) {
    const now = clock.now().toISOString();
    const inserted = await sessions.insertOnce(
      trx,
      newSessionRow({
        id: ids.newId(),
        ownerId: owner.userId,
        enteredBy: readerId,
        timeZone: owner.timeZone,
        body,
        now,
      }),
    );
    if (inserted === undefined) {
      const stored = await sessions.byIdempotencyKey(trx, owner.userId, body.idempotencyKey);
      if (stored === undefined) throw new Error("session with a used key vanished");
      const asStored = toTherapySession(stored, [], null);
      if (stored.deleted_at !== null || !isSessionRetryOf(body, asStored)) throw keyReused();
      return { row: stored, isNew: false, fresh: undefined };
    }
    await checkPlannedOccurrence(trx, owner, body);
    await checkSafetyCheck(trx, owner, body.safetyCheckId);
    const followUps = await scheduleFollowUps(trx, owner, inserted);
    if (body.charge !== null) {
      await deps.charges.record(trx, {
        ownerId: owner.userId,
        sessionId: inserted.id,
        charge: body.charge,
      });
    }
    await markHeld(trx, owner, inserted, now);
    // A new session is answered from what was just written: no read-back round trips.
    return {
      row: inserted,
      isNew: true,
      fresh: toTherapySession(inserted, followUps, body.charge),
    };
  }

  return {
    async log(owner: RecordOwner, readerId: string, body: LogSession): Promise<TherapySession> {
      checkTimes(body, clock.now());
      let result: {
        row: TherapySessionsTable;
        isNew: boolean;
        fresh: TherapySession | undefined;
      };
      try {
        result = await deps.writes.run((trx) => insertOnce(trx, owner, readerId, body));
      } catch (error) {
        if (isUniqueViolation(error)) {
          // Two logs of one planned occurrence at once, or a concurrent retry: look again.
          const stored = await sessions.byIdempotencyKey(
            deps.db,
            owner.userId,
            body.idempotencyKey,
          );
          if (stored === undefined) throw alreadyLogged();
          result = await deps.writes.run((trx) => insertOnce(trx, owner, readerId, body));
          return readBack(owner, result.row);
        }
        throw error;
      }
      if (result.isNew && body.planItemId !== null) await deps.planChanged(owner.userId);
      return result.fresh ?? readBack(owner, result.row);
    },

    async update(
      owner: RecordOwner,
      sessionId: string,
      body: UpdateSession,
    ): Promise<TherapySession> {
      const updated = await deps.writes.run(async (trx) => {
        const current = await sessions.byId(trx, owner.userId, sessionId);
        if (current === undefined) throw notFound("This session");
        const startedAt = body.startedAt ?? new Date(current.started_at).toISOString();
        const durationMinutes = body.durationMinutes ?? current.duration_minutes;
        const isRetimed = body.startedAt !== undefined || body.durationMinutes !== undefined;
        if (isRetimed) {
          checkTimes({ startedAt, durationMinutes }, clock.now());
          await checkRetimed(trx, owner, current, startedAt);
        }
        await checkSafetyCheck(trx, owner, body.safetyCheckId);
        const therapyId = body.therapyId !== undefined ? body.therapyId : current.therapy_id;
        const customName = body.customName !== undefined ? body.customName : current.custom_name;
        if ((therapyId === null) === (customName === null)) {
          throw fieldError(
            "therapyId",
            "Choose a therapy from the library or give the session a name (one of the two).",
          );
        }
        const now = clock.now().toISOString();
        const row = await sessions.update(trx, owner.userId, sessionId, {
          ...(isRetimed ? timeColumns(startedAt, durationMinutes, current.time_zone) : {}),
          therapy_id: therapyId,
          custom_name: customName,
          ...(body.practitioner === undefined ? {} : { practitioner: body.practitioner }),
          ...(body.techniques === undefined ? {} : { techniques: JSON.stringify(body.techniques) }),
          ...(body.pressure === undefined ? {} : { pressure: body.pressure }),
          ...(body.areas === undefined ? {} : { areas: JSON.stringify(body.areas) }),
          ...(body.painBefore === undefined ? {} : { pain_before: body.painBefore }),
          ...(body.painAfter === undefined ? {} : { pain_after: body.painAfter }),
          ...(body.regionPain === undefined
            ? {}
            : { region_pain: body.regionPain === null ? null : JSON.stringify(body.regionPain) }),
          ...(body.howItFelt === undefined ? {} : { how_it_felt: body.howItFelt }),
          ...(body.sideEffects === undefined
            ? {}
            : { side_effects: JSON.stringify(body.sideEffects) }),
          ...(body.sideEffectNote === undefined ? {} : { side_effect_note: body.sideEffectNote }),
          ...(body.safetyCheckId === undefined ? {} : { safety_check_id: body.safetyCheckId }),
          updated_at: now,
        });
        if (row === undefined) throw notFound("This session");
        // A new charge replaces the saved one (giving back a package session it drew first).
        if (body.charge === null) await deps.charges.remove(trx, owner.userId, sessionId);
        else if (body.charge !== undefined) {
          await deps.charges.record(trx, {
            ownerId: owner.userId,
            sessionId,
            charge: body.charge,
          });
        }
        if (isRetimed) {
          const end = sessionEnd(startedAt, durationMinutes);
          await sessions.moveUnanswered(trx, owner.userId, sessionId, (dueAfter) =>
            followUpDueAt(end, dueAfter),
          );
          const moved = await sessions.followUpsOf(trx, owner.userId, [sessionId]);
          await enqueueFollowUps(
            trx,
            owner.userId,
            sessionId,
            moved
              .filter((followUp) => followUp.answered_at === null)
              .map((followUp) => ({
                dueAfter: followUp.due_after,
                dueAt: new Date(followUp.due_at).toISOString(),
              })),
          );
          await markHeld(trx, owner, row, now);
        }
        return row;
      });
      return readBack(owner, updated);
    },

    async remove(owner: RecordOwner, sessionId: string): Promise<void> {
      const removed = await deps.writes.run(async (trx) => {
        const now = clock.now().toISOString();
        const row = await sessions.update(trx, owner.userId, sessionId, {
          deleted_at: now,
          updated_at: now,
        });
        if (row === undefined) throw notFound("This session");
        await deps.charges.remove(trx, owner.userId, sessionId);
        if (row.plan_item_id !== null && row.occurrence_start !== null) {
          await plans.deleteException(trx, row.plan_item_id, row.occurrence_start);
        }
        return row;
      });
      if (removed.plan_item_id !== null) await deps.planChanged(owner.userId);
    },
  };
}

export type SessionLog = ReturnType<typeof sessionLog>;
