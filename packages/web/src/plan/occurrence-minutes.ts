import type { PlanOccurrence } from "@painplan/core";

/** The length of an occurrence in whole minutes, from its start and end instants. */
export function minutesOf(occurrence: Pick<PlanOccurrence, "start" | "end">): number {
  return Math.round((Date.parse(occurrence.end) - Date.parse(occurrence.start)) / 60_000);
}
