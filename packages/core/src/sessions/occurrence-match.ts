import { localDayOf } from "../time/local-day.js";
import type { SessionFieldProblem } from "./session-rules.js";

/**
 * How far a logged session's start may be from its planned occurrence's start and still be that
 * occurrence, besides falling on the same local day: a late-evening session held just after
 * midnight, or an early one the evening before, is still the planned one.
 */
export const sessionMatchWindowHours = 12;

/** The planned occurrence a session is linked to, as expansion gives it. */
export type PlannedOccurrenceTime = {
  /** The occurrence's key: its original local start ("YYYY-MM-DDTHH:MM"). */
  key: string;
  /** Its actual start instant (the moved-to time when it was moved). */
  start: string;
  status: string;
};

/**
 * Whether a session started at `startedAt` can be the planned occurrence: its start is on the
 * same local day (in the owner's zone) as the occurrence's actual start, or within
 * `sessionMatchWindowHours` of it. A session months away from its occurrence, or a cancelled
 * occurrence, is refused with the field to correct; undefined when it matches.
 */
export function checkSessionMatchesOccurrence(
  startedAt: string,
  occurrence: PlannedOccurrenceTime,
  timeZone: string,
): SessionFieldProblem | undefined {
  if (occurrence.status === "cancelled") {
    return {
      path: "occurrenceStart",
      message:
        "This planned session was cancelled. Undo the cancellation first, or log it unplanned.",
    };
  }
  const apartMs = Math.abs(Date.parse(startedAt) - Date.parse(occurrence.start));
  const sameDay = localDayOf(startedAt, timeZone) === localDayOf(occurrence.start, timeZone);
  if (sameDay || apartMs <= sessionMatchWindowHours * 3_600_000) return undefined;
  return {
    path: "startedAt",
    message: `This session's start is not on the planned session's day (${localDayOf(occurrence.start, timeZone)}) or within ${sessionMatchWindowHours.toString()} hours of it. Pick the planned session it was, or log it unplanned.`,
  };
}

/** The problem when a planned session names an occurrence that is not in the item's schedule. */
export const unknownOccurrenceProblem: SessionFieldProblem = {
  path: "occurrenceStart",
  message: "No session of this plan item starts then.",
};
