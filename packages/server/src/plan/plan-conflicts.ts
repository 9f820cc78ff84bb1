import {
  addCalendarDays,
  findConflicts,
  type ConflictPreview,
  type ItemSchedule,
  type Occurrence,
} from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { localDaysWindow } from "./local-day-window.js";
import { checkSchedule } from "./plan-checks.js";
import { expandItem, itemInputs, type ItemInputs } from "./plan-occurrences.js";
import { plansRepository as plans, type Queryable } from "./plans.repository.js";

/** How far a draft with no end (or a long count) is checked for conflicts: five years. */
export const conflictHorizonDays = 5 * 366;

/** An occurrence is in the way of another only when it still takes place. */
const takesPlace = (occurrence: Occurrence) =>
  occurrence.status !== "cancelled" && occurrence.status !== "paused";

/** A draft schedule, and the item it would replace (left out of the comparison) if any. */
export type ConflictDraft = { schedule: ItemSchedule; itemId?: string | undefined };

/**
 * Every overlap of a draft schedule's occurrences with the active plan's other items, over
 * the draft's whole run (its end, or `conflictHorizonDays` for one without an end). 400 for a
 * bad schedule or one with too many sessions.
 */
export async function previewConflicts(
  db: Queryable,
  owner: RecordOwner,
  draft: ConflictDraft,
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
}

/** An occurrence without the title and therapy the calendar adds. */
function plainOccurrence(occurrence: Occurrence): Occurrence {
  const { itemId, key, start, end, localDate, localTime, status } = occurrence;
  return { itemId, key, start, end, localDate, localTime, status };
}
