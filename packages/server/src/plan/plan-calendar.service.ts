import {
  addCalendarDays,
  expandOccurrences,
  findConflicts,
  instantOfWallTime,
  localDayOf,
  planLimits,
  TooManyOccurrencesError,
  type AddOccurrenceRequest,
  type ConflictPreview,
  type ItemSchedule,
  type Occurrence,
  type OccurrenceException,
  type PlanCalendar,
  type PlanOccurrence,
  type PlanPause,
  type PlanToday,
  type SetOccurrenceExceptionRequest,
  type TherapyId,
} from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import type { Database } from "../database/database.js";
import { lockRecord } from "../database/record-lock.js";
import { ApiError, fieldError, notFound } from "../errors/api-error.js";
import type { PlanDependencies } from "./plan-dependencies.js";
import { itemTitle, toPlanItem } from "./plan-records.js";
import { planReadingsRepository as readings } from "./plan-readings.repository.js";
import type { PlansTable } from "./plan.tables.js";
import { plansRepository as plans, type Queryable } from "./plans.repository.js";
import { checkSchedule, staleVersion } from "./plan.service.js";

/** How far a draft with no end (or a long count) is checked for conflicts: five years. */
export const conflictHorizonDays = 5 * 366;

/** The UTC instant a local day starts at in a zone (midnight, or the first minute after a gap). */
export function startOfLocalDay(localDate: string, timeZone: string): string {
  const instant = instantOfWallTime(`${localDate}T00:00`, timeZone);
  if (instant === undefined) throw new Error(`No such day or zone: ${localDate} ${timeZone}`);
  return instant;
}

/** A window of whole local days, `from`…`to` inclusive, as UTC instants (end exclusive). */
export function localDaysWindow(from: string, to: string, timeZone: string) {
  return {
    from: startOfLocalDay(from, timeZone),
    to: startOfLocalDay(addCalendarDays(to, 1), timeZone),
  };
}

export type ItemInputs = {
  itemId: string;
  schedule: ItemSchedule;
  title: string;
  therapyId: TherapyId | null;
  exceptions: OccurrenceException[];
  added: { start: string; durationMinutes: number }[];
  lastHeldAt: string | undefined;
};

/** Everything expansion needs for a plan's items, read in three queries. */
export async function itemInputs(db: Queryable, plan: PlansTable) {
  const items = await plans.items(db, plan.id);
  const itemIds = items.map((item) => item.id);
  const exceptionRows = await plans.exceptionsOf(db, itemIds);
  const addedRows = await plans.addedOf(db, itemIds);
  const pauseRows = await plans.pauses(db, plan.id);
  const pauses: PlanPause[] = pauseRows.map((pause) => ({
    from: pause.from_date,
    until: pause.until_date,
    reason: pause.reason,
  }));
  const inputs: ItemInputs[] = items.map((row) => {
    const own = exceptionRows.filter((exception) => exception.item_id === row.id);
    const heldAt = own
      .filter((exception) => exception.kind === "held" && exception.held_at !== null)
      .map((exception) => new Date(exception.held_at ?? "").toISOString())
      .sort();
    return {
      itemId: row.id,
      schedule: toPlanItem(row).schedule,
      title: itemTitle(row),
      therapyId: row.therapy_id as TherapyId | null,
      exceptions: own.map((exception) => ({
        originalStart: exception.original_start,
        kind: exception.kind,
        ...(exception.moved_to === null ? {} : { movedTo: exception.moved_to }),
        ...(exception.held_at === null
          ? {}
          : { heldAt: new Date(exception.held_at).toISOString() }),
      })),
      added: addedRows
        .filter((added) => added.item_id === row.id)
        .map((added) => ({ start: added.start, durationMinutes: added.duration_minutes })),
      lastHeldAt: heldAt.at(-1),
    };
  });
  return { inputs, pauses };
}

function tooMany(path: string): ApiError {
  return fieldError(
    path,
    `This would make more than ${planLimits.maxOccurrencesPerExpansion} sessions in the period; choose a shorter period or a less frequent schedule.`,
  );
}

/** Expands one item; too many occurrences become a 400 on `path`. */
export function expandItem(
  input: ItemInputs,
  pauses: PlanPause[],
  timeZone: string,
  window: { from: string; to: string },
  path = "to",
): PlanOccurrence[] {
  try {
    const occurrences = expandOccurrences(
      {
        itemId: input.itemId,
        schedule: input.schedule,
        exceptions: input.exceptions,
        added: input.added,
        pauses,
        ...(input.lastHeldAt === undefined ? {} : { lastHeldAt: input.lastHeldAt }),
      },
      timeZone,
      window,
    );
    const { title, therapyId } = input;
    return occurrences.map((occurrence) => ({ ...occurrence, title, therapyId }));
  } catch (error) {
    if (error instanceof TooManyOccurrencesError) throw tooMany(path);
    throw error;
  }
}

function byStart(a: { start: string; itemId: string }, b: { start: string; itemId: string }) {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.itemId < b.itemId ? -1 : 1;
}

/** Every occurrence of the plan's items in a window, by start. */
async function planWindow(
  db: Queryable,
  plan: PlansTable,
  timeZone: string,
  window: { from: string; to: string },
): Promise<PlanOccurrence[]> {
  const { inputs, pauses } = await itemInputs(db, plan);
  return inputs.flatMap((input) => expandItem(input, pauses, timeZone, window)).sort(byStart);
}

/** An occurrence is in the way of another only when it still takes place. */
const takesPlace = (occurrence: Occurrence) =>
  occurrence.status !== "cancelled" && occurrence.status !== "paused";

/**
 * The occurrences of a person's active plan between two instants, with item titles, in the
 * person's zone: for the reminders area (design: `planOccurrences(ownerId, fromIso, toIso)`).
 * Empty when the person has no active plan (or no longer exists). Throws for a window with more
 * than `maxOccurrencesPerExpansion` occurrences of one item.
 */
export type PlanOccurrences = (
  ownerId: string,
  fromIso: string,
  toIso: string,
) => Promise<PlanOccurrence[]>;

/** Builds `planOccurrences` over a database (see `PlanOccurrences`). */
export function planOccurrencesSource(db: Database): PlanOccurrences {
  return async (ownerId, fromIso, toIso) => {
    const timeZone = await readings.timeZoneOf(db, ownerId);
    const plan = await plans.active(db, ownerId);
    if (timeZone === undefined || plan === undefined) return [];
    const window = { from: new Date(fromIso).toISOString(), to: new Date(toIso).toISOString() };
    return planWindow(db, plan, timeZone, window);
  };
}

/**
 * The plan's calendar: occurrences of every item in a window of local days, Today, per-occurrence
 * changes (move, cancel, mark held, add) and the conflict preview of a draft schedule.
 */
export function planCalendarService(deps: PlanDependencies) {
  const { db, writes, clock, ids } = deps;

  /** The item of an active plan, locked for the rest of the transaction. */
  async function liveItem(trx: Queryable, owner: RecordOwner, planId: string, itemId: string) {
    await lockRecord(trx, `plan-item:${itemId}`);
    const plan = await plans.byId(trx, owner.userId, planId);
    const item = await plans.item(trx, owner.userId, planId, itemId);
    if (plan === undefined || item === undefined) throw notFound("This plan item");
    if (plan.status !== "active") throw staleVersion(plan.version);
    return { plan, item };
  }

  /** The item's occurrences over the local days around `wallTimes` (a day either side). */
  async function occurrencesAround(
    trx: Queryable,
    owner: RecordOwner,
    plan: PlansTable,
    itemId: string,
    wallTimes: readonly string[],
  ) {
    // The local day of a wall time ("YYYY-MM-DDTHH:MM") is its date part.
    const days = wallTimes.map((wallTime) => wallTime.split("T")[0] ?? "").sort();
    const window = localDaysWindow(
      addCalendarDays(days[0] ?? "", -1),
      addCalendarDays(days.at(-1) ?? "", 1),
      owner.timeZone,
    );
    const { inputs, pauses } = await itemInputs(trx, plan);
    const input = inputs.find((entry) => entry.itemId === itemId);
    if (input === undefined) throw notFound("This plan item");
    return expandItem(input, pauses, owner.timeZone, window, "originalStart");
  }

  async function checkRoom(trx: Queryable, itemId: string) {
    if ((await plans.countChanges(trx, itemId)) >= planLimits.exceptionsPerItemMax) {
      throw new ApiError(
        "validation_failed",
        `An item keeps at most ${planLimits.exceptionsPerItemMax} changed or added sessions.`,
      );
    }
  }

  return {
    async calendar(owner: RecordOwner, query: { from: string; to: string }): Promise<PlanCalendar> {
      const plan = await plans.active(db, owner.userId);
      const occurrences =
        plan === undefined
          ? []
          : await planWindow(
              db,
              plan,
              owner.timeZone,
              localDaysWindow(query.from, query.to, owner.timeZone),
            );
      return { timeZone: owner.timeZone, from: query.from, to: query.to, occurrences };
    },

    async today(owner: RecordOwner): Promise<PlanToday> {
      const localDate = localDayOf(clock.now().toISOString(), owner.timeZone);
      const plan = await plans.active(db, owner.userId);
      const occurrences =
        plan === undefined
          ? []
          : await planWindow(
              db,
              plan,
              owner.timeZone,
              localDaysWindow(localDate, localDate, owner.timeZone),
            );
      return {
        timeZone: owner.timeZone,
        localDate,
        occurrences: occurrences.filter((occurrence) => occurrence.localDate === localDate),
      };
    },

    /** Moves, cancels or marks held one occurrence of the series (by its original start). */
    async setException(
      owner: RecordOwner,
      params: { planId: string; itemId: string },
      body: SetOccurrenceExceptionRequest,
    ): Promise<PlanOccurrence> {
      const now = clock.now().toISOString();
      const changed = await writes.run(async (trx) => {
        const { plan, item } = await liveItem(trx, owner, params.planId, params.itemId);
        const before = await occurrencesAround(trx, owner, plan, item.id, [body.originalStart]);
        const original = before.find(
          (occurrence) => occurrence.key === body.originalStart && occurrence.status !== "added",
        );
        if (original === undefined) {
          throw fieldError("originalStart", "No session of this item starts then.");
        }
        await checkRoom(trx, item.id);
        const heldAt = body.kind === "held" ? new Date(body.heldAt ?? now).toISOString() : null;
        await plans.upsertException(trx, {
          id: ids.newId(),
          item_id: item.id,
          user_id: owner.userId,
          original_start: body.originalStart,
          kind: body.kind,
          moved_to: body.kind === "moved" ? (body.movedTo ?? null) : null,
          held_at: heldAt,
          updated_at: now,
        });
        await plans.updateItem(trx, item.id, { updated_at: now });
        const after = await occurrencesAround(trx, owner, plan, item.id, [
          body.originalStart,
          ...(body.movedTo === undefined ? [] : [body.movedTo]),
        ]);
        const changed = after.find(
          (occurrence) => occurrence.key === body.originalStart && occurrence.status !== "added",
        );
        if (changed === undefined) throw new Error("A changed occurrence could not be read back.");
        return changed;
      });
      await deps.planChanged(owner.userId);
      return changed;
    },

    /** Undoes the change of one occurrence; 404 when it had none. */
    async clearException(
      owner: RecordOwner,
      params: { planId: string; itemId: string },
      originalStart: string,
    ): Promise<void> {
      const now = clock.now().toISOString();
      await writes.run(async (trx) => {
        const { item } = await liveItem(trx, owner, params.planId, params.itemId);
        const removed = await plans.deleteException(trx, item.id, originalStart);
        if (!removed) throw notFound("A change of this session");
        await plans.updateItem(trx, item.id, { updated_at: now });
      });
      await deps.planChanged(owner.userId);
    },

    /** Adds one extra occurrence; 409 when the item already has one at that start. */
    async addOccurrence(
      owner: RecordOwner,
      params: { planId: string; itemId: string },
      body: AddOccurrenceRequest,
    ): Promise<PlanOccurrence> {
      if (instantOfWallTime(body.start, owner.timeZone) === undefined) {
        throw fieldError("start", "Enter a real date and time.");
      }
      const now = clock.now().toISOString();
      const added = await writes.run(async (trx) => {
        const { plan, item } = await liveItem(trx, owner, params.planId, params.itemId);
        await checkRoom(trx, item.id);
        const isNew = await plans.insertAdded(trx, {
          id: ids.newId(),
          item_id: item.id,
          user_id: owner.userId,
          start: body.start,
          duration_minutes: body.durationMinutes,
          created_at: now,
        });
        if (!isNew) {
          throw new ApiError("write_conflict", "This item already has a session added then.");
        }
        await plans.updateItem(trx, item.id, { updated_at: now });
        const after = await occurrencesAround(trx, owner, plan, item.id, [body.start]);
        const added = after.find(
          (occurrence) => occurrence.key === body.start && occurrence.status === "added",
        );
        if (added === undefined) throw new Error("An added occurrence could not be read back.");
        return added;
      });
      await deps.planChanged(owner.userId);
      return added;
    },

    /**
     * Every overlap of a draft schedule's occurrences with the active plan's other items, over
     * the draft's whole run (its end, or `conflictHorizonDays` for one without an end).
     */
    async conflicts(
      owner: RecordOwner,
      draft: { schedule: ItemSchedule; itemId?: string | undefined },
    ): Promise<ConflictPreview> {
      const { schedule } = draft;
      checkSchedule(schedule);
      const horizon = addCalendarDays(schedule.startDate, conflictHorizonDays);
      const lastDay =
        schedule.end.kind === "until" && schedule.end.date < horizon ? schedule.end.date : horizon;
      const window = localDaysWindow(schedule.startDate, lastDay, owner.timeZone);
      const plan = await plans.active(db, owner.userId);
      const { inputs, pauses } =
        plan === undefined ? { inputs: [], pauses: [] } : await itemInputs(db, plan);
      const draftItem: ItemInputs = {
        itemId: draft.itemId ?? "draft",
        schedule,
        title: "",
        therapyId: null,
        exceptions: [],
        added: [],
        lastHeldAt: undefined,
      };
      const candidate = expandItem(draftItem, pauses, owner.timeZone, window, "schedule").filter(
        takesPlace,
      );
      const existing = inputs
        .filter((input) => input.itemId !== draft.itemId)
        .flatMap((input) => expandItem(input, pauses, owner.timeZone, window, "schedule"))
        .filter(takesPlace);
      const titled = new Map(
        existing.map((occurrence) => [`${occurrence.itemId} ${occurrence.key}`, occurrence]),
      );
      const conflicts = findConflicts(candidate, existing).map(({ a, b }) => {
        const other = titled.get(`${b.itemId} ${b.key}`);
        if (other === undefined) throw new Error("A conflict named an unknown occurrence.");
        return { draft: plainOccurrence(a), existing: other };
      });
      return {
        occurrenceCount: candidate.length,
        checkedUntil: window.to,
        conflicts,
      };
    },
  };
}

export type PlanCalendarService = ReturnType<typeof planCalendarService>;

/** An occurrence without the title and therapy the calendar adds. */
function plainOccurrence(occurrence: Occurrence): Occurrence {
  const { itemId, key, start, end, localDate, localTime, status } = occurrence;
  return { itemId, key, start, end, localDate, localTime, status };
}
