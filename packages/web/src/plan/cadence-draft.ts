import {
  isCalendarDate,
  weekdayOf as weekdayOfDate,
  type Cadence,
  type Weekday,
} from "@painplan/core";

/**
 * What the cadence picker holds while the person chooses: one plain-words choice each, turned
 * into core's `Cadence` by `cadenceOf`.
 * - "weekly": every `weeks` weeks, on `days` (none chosen → the start date's weekday);
 * - "days-of-week": some days each week ("twice a week" = two days);
 * - "after-last-held": `weeks` after the last session that actually happened;
 * - "custom": an RFC 5545 RRULE body for anything else.
 */
export type CadenceDraft =
  | { choice: "daily" }
  | { choice: "weekly"; weeks: number; days: Weekday[] }
  | { choice: "days-of-week"; days: Weekday[] }
  | { choice: "monthly" }
  | { choice: "after-last-held"; weeks: number }
  | { choice: "custom"; rrule: string };

export type CadenceChoice = CadenceDraft["choice"];

/** Monday first, as most of the world's calendars (RFC 5545 BYDAY codes). */
export const weekdayNames: readonly { code: Weekday; name: string }[] = [
  { code: "MO", name: "Monday" },
  { code: "TU", name: "Tuesday" },
  { code: "WE", name: "Wednesday" },
  { code: "TH", name: "Thursday" },
  { code: "FR", name: "Friday" },
  { code: "SA", name: "Saturday" },
  { code: "SU", name: "Sunday" },
];

/**
 * The weekday of a "YYYY-MM-DD" calendar date (a day, so no zone is involved); Monday while the
 * start date is not (yet) a date, as the picker asks before the date may be filled in.
 */
export function weekdayOf(localDate: string): Weekday {
  return isCalendarDate(localDate) ? weekdayOfDate(localDate) : "MO";
}

/** Days in Monday-first order, without repeats. */
function inWeekOrder(days: readonly Weekday[]): Weekday[] {
  return weekdayNames.map((day) => day.code).filter((code) => days.includes(code));
}

/** The core cadence for a draft; `startDate` gives the weekday when none was chosen. */
export function cadenceOf(draft: CadenceDraft, startDate: string): Cadence {
  switch (draft.choice) {
    case "daily":
      return { kind: "daily", interval: 1 };
    case "weekly": {
      const days = draft.days.length === 0 ? [weekdayOf(startDate)] : inWeekOrder(draft.days);
      return { kind: "weekly", interval: draft.weeks, days };
    }
    case "days-of-week": {
      const days = draft.days.length === 0 ? [weekdayOf(startDate)] : inWeekOrder(draft.days);
      return { kind: "weekly", interval: 1, days };
    }
    case "monthly":
      return { kind: "monthly", interval: 1 };
    case "after-last-held":
      return { kind: "after-last-held", intervalWeeks: draft.weeks };
    case "custom":
      return { kind: "rrule", rrule: draft.rrule.trim() };
  }
}

/** Back from a saved cadence to the picker's choice (editing an item). */
export function draftOf(cadence: Cadence): CadenceDraft {
  switch (cadence.kind) {
    case "daily":
      return cadence.interval === 1
        ? { choice: "daily" }
        : { choice: "custom", rrule: `FREQ=DAILY;INTERVAL=${cadence.interval}` };
    case "weekly":
      return cadence.interval === 1 && cadence.days.length > 1
        ? { choice: "days-of-week", days: [...cadence.days] }
        : { choice: "weekly", weeks: cadence.interval, days: [...cadence.days] };
    case "monthly":
      return cadence.interval === 1
        ? { choice: "monthly" }
        : { choice: "custom", rrule: `FREQ=MONTHLY;INTERVAL=${cadence.interval}` };
    case "after-last-held":
      return { choice: "after-last-held", weeks: cadence.intervalWeeks };
    case "rrule":
      return { choice: "custom", rrule: cadence.rrule };
  }
}

/** Switching choice keeps what still makes sense (the chosen days, the number of weeks). */
export function switchChoice(draft: CadenceDraft, choice: CadenceChoice): CadenceDraft {
  const days = "days" in draft ? draft.days : [];
  const weeks = "weeks" in draft ? draft.weeks : 2;
  switch (choice) {
    case "daily":
    case "monthly":
      return { choice };
    case "weekly":
      return { choice, weeks, days };
    case "days-of-week":
      return { choice, days };
    case "after-last-held":
      return { choice, weeks };
    case "custom":
      return { choice, rrule: draft.choice === "custom" ? draft.rrule : "FREQ=WEEKLY;BYDAY=MO" };
  }
}
