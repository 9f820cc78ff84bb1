import {
  expandOccurrences,
  planLimits,
  TooManyOccurrencesError,
  type ItemSchedule,
  type OccurrenceException,
  type PlanOccurrence,
  type PlanPause,
  type TherapyId,
} from "@painplan/core";
import type { Database } from "../database/database.js";
import { fieldError, type ApiError } from "../errors/api-error.js";
import { itemTitle, toPlanItem } from "./plan-records.js";
import { planReadingsRepository as readings } from "./plan-readings.repository.js";
import type { PlansTable } from "./plan.tables.js";
import { plansRepository as plans, type Queryable } from "./plans.repository.js";

/** What expanding one item needs: its schedule, its changed and added sessions, its title. */
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
export async function planWindow(
  db: Queryable,
  plan: PlansTable,
  timeZone: string,
  window: { from: string; to: string },
): Promise<PlanOccurrence[]> {
  const { inputs, pauses } = await itemInputs(db, plan);
  return inputs.flatMap((input) => expandItem(input, pauses, timeZone, window)).sort(byStart);
}

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
