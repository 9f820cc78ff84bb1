import { monthWeeks, type PlanOccurrence } from "@painplan/core";
import type { PersonDates } from "../ui/person-dates";
import { weekdayNames } from "./cadence-draft";

type MonthViewProps = {
  anchor: string;
  days: ReadonlyMap<string, PlanOccurrence[]>;
  dates: PersonDates;
  onOpenDay: (day: string) => void;
};

function sessionsWords(occurrences: readonly PlanOccurrence[]): string {
  const live = occurrences.filter((occurrence) => occurrence.status !== "cancelled");
  if (live.length === 0) return "no sessions";
  return live.length === 1 ? "1 session" : `${live.length} sessions`;
}

/**
 * A month as a table (a real table, so screen readers announce the weekday of each cell). Each
 * day with sessions is a button to that day's week, where one session can be moved or cancelled.
 */
export function MonthView({ anchor, days, dates, onOpenDay }: MonthViewProps) {
  const month = anchor.slice(0, 7);
  const caption = dates.calendarDate(`${month}-01`).replace(/^1 /, "");
  return (
    <table className="plan-month">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {weekdayNames.map((day) => (
            <th key={day.code} scope="col" abbr={day.name}>
              {day.name.slice(0, 2)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(anchor).map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const occurrences = days.get(day) ?? [];
              const isOtherMonth = !day.startsWith(month);
              const number = Number(day.slice(8));
              return (
                <td key={day} className={isOtherMonth ? "plan-month__other" : undefined}>
                  {occurrences.length === 0 ? (
                    <span className="plan-month__day">{number}</span>
                  ) : (
                    <button
                      type="button"
                      className="plan-month__busy"
                      aria-label={`${dates.dayName(day)}: ${sessionsWords(occurrences)}`}
                      onClick={() => {
                        onOpenDay(day);
                      }}
                    >
                      {number}
                      <span aria-hidden="true" className="plan-month__dot">
                        {" "}
                        ●{occurrences.length > 1 ? occurrences.length : ""}
                      </span>
                    </button>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
