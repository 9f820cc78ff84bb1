import {
  addCalendarDays,
  isoWeekStart,
  monthStartAfter,
  monthStartOf,
  monthWeeks,
} from "@painplan/core";

/** The three ways to look at the calendar. */
export const calendarViews = ["agenda", "week", "month"] as const;
export type CalendarView = (typeof calendarViews)[number];

/** How many days the agenda shows from its first day. */
export const agendaDays = 28;

/** Reads the view from the address (`?view=`), the agenda when missing or unknown. */
export function viewOf(value: string | null): CalendarView {
  return calendarViews.find((view) => view === value) ?? "agenda";
}

/** The local days (inclusive) a view asks the server for, around the day `anchor`. */
export function windowOf(view: CalendarView, anchor: string): { from: string; to: string } {
  switch (view) {
    case "agenda":
      return { from: anchor, to: addCalendarDays(anchor, agendaDays - 1) };
    case "week": {
      const from = isoWeekStart(anchor);
      return { from, to: addCalendarDays(from, 6) };
    }
    case "month": {
      const weeks = monthWeeks(anchor);
      return { from: weeks[0]?.[0] ?? anchor, to: weeks.at(-1)?.[6] ?? anchor };
    }
  }
}

/** The anchor day of the previous (-1) or next (+1) page of a view. */
export function stepAnchor(view: CalendarView, anchor: string, step: -1 | 1): string {
  switch (view) {
    case "agenda":
      return addCalendarDays(anchor, step * agendaDays);
    case "week":
      return addCalendarDays(isoWeekStart(anchor), step * 7);
    case "month":
      return monthStartAfter(monthStartOf(anchor), step);
  }
}
