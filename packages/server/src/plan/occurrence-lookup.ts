import { addCalendarDays, type PlanOccurrence } from "@painplan/core";
import { localDaysWindow } from "./local-day-window.js";
import { expandItem, itemInputs } from "./plan-occurrences.js";
import type { PlansTable } from "./plan.tables.js";
import type { Queryable } from "./plans.repository.js";

/**
 * The occurrence of a plan's item whose key (original local start) is `key`, as the schedule
 * expands it with its changes and pauses (a moved one at its new start), or undefined when the
 * item has no session then (a Monday of a Sunday series).
 */
export async function occurrenceByKey(
  db: Queryable,
  plan: PlansTable,
  itemId: string,
  key: string,
  timeZone: string,
): Promise<PlanOccurrence | undefined> {
  const { inputs, pauses } = await itemInputs(db, plan);
  const input = inputs.find((entry) => entry.itemId === itemId);
  if (input === undefined) return undefined;
  const movedTo = input.exceptions.find((exception) => exception.originalStart === key)?.movedTo;
  // The local day of a wall time ("YYYY-MM-DDTHH:MM") is its date part.
  const days = [key, movedTo ?? key].map((wallTime) => wallTime.split("T")[0] ?? "").sort();
  const window = localDaysWindow(
    addCalendarDays(days[0] ?? "", -1),
    addCalendarDays(days[1] ?? "", 1),
    timeZone,
  );
  return expandItem(input, pauses, timeZone, window, "occurrenceStart").find(
    (occurrence) => occurrence.key === key,
  );
}
