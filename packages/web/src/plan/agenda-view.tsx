import { addCalendarDays, type Plan, type PlanOccurrence } from "@painplan/core";
import type { PersonDates } from "../ui/person-dates";
import { OccurrenceRow } from "./occurrence-row";

type AgendaViewProps = {
  from: string;
  to: string;
  /** The week view lists every day, empty ones as rest days; the list view only busy days. */
  showEmptyDays: boolean;
  days: ReadonlyMap<string, PlanOccurrence[]>;
  plan: Plan | null;
  dates: PersonDates;
};

/** Days with their sessions, one column: the list and the week view share it. */
export function AgendaView({ from, to, showEmptyDays, days, plan, dates }: AgendaViewProps) {
  const shown: string[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) {
    if (showEmptyDays || days.has(day)) shown.push(day);
  }
  if (shown.length === 0) {
    return <p>No sessions in these days. Rest days are part of the plan too.</p>;
  }
  return (
    <ol className="plan-days">
      {shown.map((day) => (
        <li key={day} className="plan-day" aria-labelledby={`day-${day}`}>
          <h2 className="plan-day__heading" id={`day-${day}`}>
            {dates.dayName(day)}
          </h2>
          {(days.get(day) ?? []).length === 0 ? (
            <p className="plan-day__rest">Rest day</p>
          ) : (
            <ul className="plan-day__sessions">
              {(days.get(day) ?? []).map((occurrence) => (
                <OccurrenceRow
                  key={`${occurrence.itemId}-${occurrence.key}`}
                  occurrence={occurrence}
                  plan={plan}
                  dates={dates}
                />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
