import { isCalendarDate, type PlanOccurrence } from "@painplan/core";
import { Link, useSearchParams } from "react-router";
import { usePersonDates } from "../accounts/use-person-dates";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import { AddSession } from "./add-session";
import { AgendaView } from "./agenda-view";
import { MissedSessions } from "./adherence-missed-sessions";
import { calendarViews, stepAnchor, viewOf, windowOf, type CalendarView } from "./calendar-window";
import { MonthView } from "./month-view";
import { useActivePlan, usePlanCalendar } from "./plan-queries";

const viewNames: Readonly<Record<CalendarView, string>> = {
  agenda: "List",
  week: "Week",
  month: "Month",
};

/** Group occurrences by their local day (the server's order, by start, is kept in each day). */
export function byLocalDay(occurrences: readonly PlanOccurrence[]): Map<string, PlanOccurrence[]> {
  const days = new Map<string, PlanOccurrence[]>();
  for (const occurrence of occurrences) {
    days.set(occurrence.localDate, [...(days.get(occurrence.localDate) ?? []), occurrence]);
  }
  return days;
}

/**
 * The plan's sessions on the person's calendar, in their zone: a list, a week or a month. The
 * view and the day are in the address, so the back button and a bookmark keep them.
 */
export function CalendarPage() {
  const dates = usePersonDates();
  const [search, setSearch] = useSearchParams();
  const view = viewOf(search.get("view"));
  const anchor = isCalendarDate(search.get("date") ?? "")
    ? (search.get("date") ?? dates.today)
    : dates.today;
  const window = windowOf(view, anchor);
  const calendar = usePlanCalendar(window.from, window.to);
  const plan = useActivePlan();
  const go = (nextView: CalendarView, nextAnchor: string) => {
    setSearch({ view: nextView, date: nextAnchor });
  };
  return (
    <Page title="Calendar" heading="Your calendar">
      <p>
        Times are on your clock ({dates.timeZone}). {dates.calendarDate(window.from)} to{" "}
        {dates.calendarDate(window.to)}.
      </p>
      <div className="body-map__views" role="group" aria-label="Calendar view">
        {calendarViews.map((option) => (
          <button
            key={option}
            type="button"
            className="button button--secondary body-map__view-button"
            aria-pressed={view === option}
            onClick={() => {
              go(option, anchor);
            }}
          >
            {view === option && <span aria-hidden="true">✓ </span>}
            {viewNames[option]}
          </button>
        ))}
      </div>
      <div className="plan-links">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            go(view, stepAnchor(view, anchor, -1));
          }}
        >
          Earlier
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            go(view, dates.today);
          }}
        >
          Today
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            go(view, stepAnchor(view, anchor, 1));
          }}
        >
          Later
        </button>
      </div>
      {plan.data != null && (
        <AddSession
          plan={plan.data}
          day={anchor < dates.today ? dates.today : anchor}
          dates={dates}
        />
      )}
      <MissedSessions dates={dates} />
      {calendar.isPending && <LoadingPanel what="your calendar" />}
      {calendar.isError && (
        <RetryPanel what="your calendar" onRetry={() => void calendar.refetch()} />
      )}
      {calendar.data !== undefined &&
        (view === "month" ? (
          <MonthView
            anchor={anchor}
            days={byLocalDay(calendar.data.occurrences)}
            dates={dates}
            onOpenDay={(day) => {
              go("week", day);
            }}
          />
        ) : (
          <AgendaView
            from={window.from}
            to={window.to}
            showEmptyDays={view === "week"}
            days={byLocalDay(calendar.data.occurrences)}
            plan={plan.data ?? null}
            dates={dates}
          />
        ))}
      <p>
        <Link className="inline-target" to="/plan">
          Back to my plan
        </Link>
      </p>
    </Page>
  );
}
