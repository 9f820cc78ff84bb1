import {
  findTherapy,
  type AddedOccurrence,
  type ItemSchedule,
  type OccurrenceException,
  type PlanPause,
} from "@painplan/core";
import type { Database } from "../database/database.js";
import "../plan/plan.tables.js";

/** One plan item as the calendar and the reminders need it: no notes, areas or practitioner. */
export type CalendarItem = {
  itemId: string;
  /** The therapy's name (library name, or the person's own name for a custom one): the only text. */
  title: string;
  schedule: ItemSchedule;
  exceptions: OccurrenceException[];
  added: AddedOccurrence[];
  /** The last session actually held (ISO instant), for `after-last-held` cadences. */
  lastHeldAt?: string;
  /** Grows with every change of the item or its occurrences (the VEVENT's SEQUENCE). */
  sequence: number;
  /** When the item or its occurrences last changed (ISO instant; LAST-MODIFIED). */
  updatedAt: string;
};

/** A person's active plan as the calendar sees it; no plan is an empty one. */
export type PlanCalendar = { items: CalendarItem[]; pauses: PlanPause[] };

/**
 * Where the reminders read plans from. The default reads plan-server's tables (migration 0060);
 * tests pass their own.
 */
export type PlanCalendarSource = {
  /** The active plan of one person (items not deleted; a pause ended early ends the day before). */
  planOf(ownerId: string): Promise<PlanCalendar>;
  /** Everyone with an active plan, for the reminder look-ahead. */
  ownersWithActivePlans(): Promise<string[]>;
};

/** SEQUENCE from a change time: whole seconds since 2026-01-01, so it only grows (fits int32 to 2094). */
export function sequenceOf(updatedAt: string): number {
  return Math.max(
    0,
    Math.floor((Date.parse(updatedAt) - Date.parse("2026-01-01T00:00:00Z")) / 1000),
  );
}

const latest = (instants: readonly string[]) =>
  instants.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));

/** Reads the active plan from plan-server's tables (`plans`, `plan_items`, …, migration 0060). */
export function planTablesCalendar(db: Database): PlanCalendarSource {
  return {
    async planOf(ownerId) {
      const plan = await db
        .selectFrom("plans")
        .select(["id"])
        .where("active_user_id", "=", ownerId)
        .executeTakeFirst();
      if (plan === undefined) return { items: [], pauses: [] };
      const [items, exceptions, added, pauses] = await Promise.all([
        db
          .selectFrom("plan_items")
          .select(["id", "therapy_id", "custom_name", "schedule", "updated_at"])
          .where("plan_id", "=", plan.id)
          .where("deleted_at", "is", null)
          .orderBy("created_at")
          .orderBy("id")
          .execute(),
        db
          .selectFrom("plan_occurrence_exceptions")
          .select(["item_id", "original_start", "kind", "moved_to", "held_at", "updated_at"])
          .where("user_id", "=", ownerId)
          .orderBy("original_start")
          .execute(),
        db
          .selectFrom("plan_added_occurrences")
          .select(["item_id", "start", "duration_minutes", "created_at"])
          .where("user_id", "=", ownerId)
          .orderBy("start")
          .execute(),
        db
          .selectFrom("plan_pauses")
          .select(["from_date", "until_date", "reason"])
          .where("plan_id", "=", plan.id)
          .execute(),
      ]);
      return {
        pauses: pauses.map((pause) => ({
          from: pause.from_date,
          until: pause.until_date,
          reason: pause.reason,
        })),
        items: items.map((item) => {
          const own = exceptions.filter((exception) => exception.item_id === item.id);
          const extra = added.filter((occurrence) => occurrence.item_id === item.id);
          const held = own.flatMap((exception) =>
            exception.held_at === null ? [] : [exception.held_at],
          );
          const updatedAt = latest([
            item.updated_at,
            ...own.map((exception) => exception.updated_at),
            ...extra.map((occurrence) => occurrence.created_at),
          ]);
          const therapyName =
            item.therapy_id === null ? undefined : findTherapy(item.therapy_id)?.name;
          return {
            itemId: item.id,
            title: item.custom_name ?? therapyName ?? "Session",
            schedule: JSON.parse(item.schedule) as ItemSchedule,
            exceptions: own.map((exception) => ({
              originalStart: exception.original_start,
              kind: exception.kind,
              ...(exception.moved_to === null ? {} : { movedTo: exception.moved_to }),
              ...(exception.held_at === null ? {} : { heldAt: exception.held_at }),
            })),
            added: extra.map((occurrence) => ({
              start: occurrence.start,
              durationMinutes: occurrence.duration_minutes,
            })),
            ...(held.length === 0 ? {} : { lastHeldAt: latest(held) }),
            sequence: sequenceOf(updatedAt),
            updatedAt,
          };
        }),
      };
    },
    async ownersWithActivePlans() {
      const rows = await db
        .selectFrom("plans")
        .select("active_user_id")
        .where("active_user_id", "is not", null)
        .orderBy("active_user_id")
        .execute();
      return rows.flatMap((row) => (row.active_user_id === null ? [] : [row.active_user_id]));
    },
  };
}
