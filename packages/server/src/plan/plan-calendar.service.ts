import {
  localDayOf,
  type ConflictPreview,
  type PlanCalendar,
  type PlanToday,
} from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { localDaysWindow } from "./local-day-window.js";
import { occurrenceChangesService } from "./occurrence-changes.service.js";
import { previewConflicts, type ConflictDraft } from "./plan-conflicts.js";
import type { PlanDependencies } from "./plan-dependencies.js";
import { planWindow } from "./plan-occurrences.js";
import { plansRepository as plans } from "./plans.repository.js";

/**
 * The plan's calendar: occurrences of every item in a window of local days, Today, per-occurrence
 * changes (move, cancel, mark held, add) and the conflict preview of a draft schedule.
 */
export function planCalendarService(deps: PlanDependencies) {
  const { db, clock } = deps;

  /** The active plan's occurrences over local days `from`…`to` (none without an active plan). */
  async function activePlanDays(owner: RecordOwner, from: string, to: string) {
    const plan = await plans.active(db, owner.userId);
    if (plan === undefined) return [];
    return planWindow(db, plan, owner.timeZone, localDaysWindow(from, to, owner.timeZone));
  }

  return {
    /** Occurrences of every item over local days `from`…`to`, in the owner's zone. */
    async calendar(owner: RecordOwner, query: { from: string; to: string }): Promise<PlanCalendar> {
      const occurrences = await activePlanDays(owner, query.from, query.to);
      return { timeZone: owner.timeZone, from: query.from, to: query.to, occurrences };
    },

    /** Today's occurrences (the owner's day). */
    async today(owner: RecordOwner): Promise<PlanToday> {
      const localDate = localDayOf(clock.now().toISOString(), owner.timeZone);
      const occurrences = await activePlanDays(owner, localDate, localDate);
      return {
        timeZone: owner.timeZone,
        localDate,
        occurrences: occurrences.filter((occurrence) => occurrence.localDate === localDate),
      };
    },

    ...occurrenceChangesService(deps),

    /** The conflict preview of a draft schedule (see `previewConflicts`). */
    conflicts(owner: RecordOwner, draft: ConflictDraft): Promise<ConflictPreview> {
      return previewConflicts(db, owner, draft);
    },
  };
}

/** The calendar use cases the routes call; see `planCalendarService`. */
export type PlanCalendarService = ReturnType<typeof planCalendarService>;
