import { addCalendarDays, type WeekAdherence } from "@painplan/core";
import type { PersonDates } from "../ui/person-dates";
import { usePlanAdherence } from "./adherence-queries";
import { adherenceShort, adherenceWords } from "./adherence-words";

/** How far back the plan page looks: the last four weeks, today included. */
export const adherenceDays = 28;
const period = "in the last 4 weeks";

/**
 * How faithfully the plan was followed, per item and overall, for the last four weeks and week
 * by week. Counts first; "nothing planned" where nothing was due; no colours, no alarms.
 */
export function AdherenceSection({ dates, planStart }: { dates: PersonDates; planStart: string }) {
  const from = addCalendarDays(dates.today, -(adherenceDays - 1));
  const adherence = usePlanAdherence(from, dates.today);
  if (adherence.data === undefined) return null;
  const { overall, items } = adherence.data;
  // Weeks that ended before the plan started have nothing to say.
  const shown = (weeks: WeekAdherence[]) =>
    weeks.filter((week) => addCalendarDays(week.weekStart, 6) >= planStart);
  return (
    <section aria-labelledby="adherence-heading" className="plan-adherence">
      <h2 id="adherence-heading">How it is going</h2>
      <p>{adherenceWords(overall.period, period)}</p>
      {items.length > 1 && (
        <ul className="plan-adherence__items">
          {items.map((item) => (
            <li key={item.itemId}>
              <strong>{item.title}:</strong> {adherenceWords(item.period, period)}
            </li>
          ))}
        </ul>
      )}
      {shown(overall.weeks).length > 0 && (
        <details className="plan-more">
          <summary className="plan-more__summary">Week by week</summary>
          <WeekTable
            caption="Sessions done each week (weeks start on Monday)"
            weeks={shown(overall.weeks)}
            rows={items.map((item) => ({ name: item.title, weeks: shown(item.weeks) }))}
            dates={dates}
          />
        </details>
      )}
      <p className="field__hint">
        Only sessions that were due count. Sessions moved or cancelled ahead of time and paused days
        are left out.
      </p>
    </section>
  );
}

type WeekTableProps = {
  caption: string;
  weeks: WeekAdherence[];
  rows: { name: string; weeks: WeekAdherence[] }[];
  dates: PersonDates;
};

/** A week per row; a column per item when there are several, and the total. */
function WeekTable({ caption, weeks, rows, dates }: WeekTableProps) {
  const perItem = rows.length > 1 ? rows : [];
  return (
    <div className="table-scroll">
      <table className="plan-adherence__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {perItem.map((row) => (
              <th scope="col" key={row.name}>
                {row.name}
              </th>
            ))}
            <th scope="col">All</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, index) => (
            <tr key={week.weekStart}>
              <th scope="row">{dates.calendarDate(week.weekStart)}</th>
              {perItem.map((row) => (
                <td key={row.name}>
                  {row.weeks[index] === undefined ? "" : adherenceShort(row.weeks[index].adherence)}
                </td>
              ))}
              <td>{adherenceShort(week.adherence)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
