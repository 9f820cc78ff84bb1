import {
  formatCalendarDate,
  formatDateIn,
  localMomentOf,
  previousCalendarDate,
} from "@painplan/core";

/**
 * Every date the web app shows, in the person's own time zone (their PainPlan setting, which may
 * differ from the device's). Pages get one from `usePersonDates()`; the lint forbids formatting a
 * date any other way in the web app.
 */
export type PersonDates = {
  timeZone: string;
  /** The person's today, "YYYY-MM-DD". */
  today: string;
  /** A calendar date in words: "2 March 2026". */
  calendarDate: (localDate: string) => string;
  /** A calendar date near today: "Today", "Yesterday", or "Monday 2 March 2026". */
  dayName: (localDate: string) => string;
  /** The person's date of an instant: "2 March 2026". */
  dateOf: (instant: string) => string;
  /** The person's day and clock time of an instant: "Today, 08:30", "Monday 2 March 2026, 08:30". */
  momentOf: (instant: string) => string;
};

/** The dates of a person in `timeZone`, with "today" taken at `now` (the device's clock). */
export function personDates(timeZone: string, now: Date): PersonDates {
  const today = localMomentOf(now.toISOString(), timeZone).localDate;
  const yesterday = previousCalendarDate(today);
  const dayName = (localDate: string) => {
    if (localDate === today) return "Today";
    if (localDate === yesterday) return "Yesterday";
    return formatCalendarDate(localDate, { withWeekday: true });
  };
  return {
    timeZone,
    today,
    calendarDate: (localDate) => formatCalendarDate(localDate),
    dayName,
    dateOf: (instant) => formatDateIn(instant, timeZone),
    momentOf: (instant) => {
      const { localDate, localTime } = localMomentOf(instant, timeZone);
      return `${dayName(localDate)}, ${localTime}`;
    },
  };
}
