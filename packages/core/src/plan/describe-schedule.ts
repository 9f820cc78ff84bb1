import type { ItemSchedule, Weekday } from "./schedule.schema.js";

/** A Monday (5 January 2026) and the following days, to name weekdays with Intl. */
const weekdayDates: Record<Weekday, string> = {
  MO: "2026-01-05",
  TU: "2026-01-06",
  WE: "2026-01-07",
  TH: "2026-01-08",
  FR: "2026-01-09",
  SA: "2026-01-10",
  SU: "2026-01-11",
};

function dayName(day: Weekday, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(
    new Date(`${weekdayDates[day]}T12:00:00Z`),
  );
}

function dateWords(localDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${localDate}T12:00:00Z`),
  );
}

function every(interval: number, one: string, many: string): string {
  return interval === 1 ? `Every ${one}` : `Every ${interval} ${many}`;
}

/**
 * A schedule in plain words for the plan builder's preview, such as "Every 2 weeks on Tuesday
 * at 10:00, 60 min, from 3 March 2026, 10 times". The sentence is English; day and date names
 * follow `locale` (Intl, a BCP 47 tag such as "en-GB"). Times stay as the 24-hour local
 * "HH:MM" the person chose. Pure (Intl only).
 */
export function describeSchedule(schedule: ItemSchedule, locale = "en"): string {
  const { cadence, timeOfDay, durationMinutes, startDate, end } = schedule;
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  let how: string;
  switch (cadence.kind) {
    case "daily":
      how = every(cadence.interval, "day", "days");
      break;
    case "weekly": {
      const ordered = (Object.keys(weekdayDates) as Weekday[]).filter((day) =>
        cadence.days.includes(day),
      );
      how = `${every(cadence.interval, "week", "weeks")} on ${list.format(ordered.map((day) => dayName(day, locale)))}`;
      break;
    }
    case "monthly":
      how = `${every(cadence.interval, "month", "months")} on day ${Number(startDate.slice(8))}`;
      break;
    case "rrule":
      how = `Custom rule ${cadence.rrule}`;
      break;
    case "after-last-held":
      how = `${cadence.intervalWeeks === 1 ? "1 week" : `${cadence.intervalWeeks} weeks`} after the last session held`;
      break;
  }
  const ending =
    end.kind === "count"
      ? `, ${end.count === 1 ? "once" : `${end.count} times`}`
      : end.kind === "until"
        ? `, until ${dateWords(end.date, locale)}`
        : "";
  return `${how} at ${timeOfDay}, ${durationMinutes} min, from ${dateWords(startDate, locale)}${ending}`;
}
