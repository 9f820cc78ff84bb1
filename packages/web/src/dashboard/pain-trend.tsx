import { formatCalendarDate } from "@painplan/core";
import type { PersonDates } from "../ui/person-dates";
import type { TrendDay } from "./week-trend";
import { trendSummary } from "./week-trend";

const width = 280;
const height = 84;
const top = 16;
const bottom = 20;
const scaleHeight = height - top - bottom;

const xOf = (index: number, count: number) => 14 + (index * (width - 28)) / Math.max(count - 1, 1);
const yOf = (score: number) => top + scaleHeight - (score / 10) * scaleHeight;

/** Consecutive days with entries, so a day without one breaks the line (a gap, not a 0). */
function runs(days: readonly TrendDay[]): { index: number; average: number }[][] {
  const result: { index: number; average: number }[][] = [];
  let current: { index: number; average: number }[] = [];
  days.forEach((day, index) => {
    if (day.average === null) {
      if (current.length > 0) result.push(current);
      current = [];
    } else current.push({ index, average: day.average });
  });
  if (current.length > 0) result.push(current);
  return result;
}

/**
 * The last 7 days of "pain now" as a small line chart (inline SVG, no library, no fetch): each
 * day's average is drawn as a dot with its number above it (never the line alone), weekday
 * initials below. The sentence under it and the table in "Show the days" are the text
 * alternative; the picture itself is hidden from screen readers.
 */
export function PainTrend({ days, dates }: { days: readonly TrendDay[]; dates: PersonDates }) {
  const weekday = (localDate: string) =>
    formatCalendarDate(localDate, { withWeekday: true }).split(" ")[0] ?? localDate;
  return (
    <div className="pain-trend">
      <svg
        className="pain-trend__chart"
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
        focusable="false"
      >
        <line
          className="pain-trend__axis"
          x1="4"
          x2={width - 4}
          y1={top + scaleHeight}
          y2={top + scaleHeight}
        />
        {runs(days).map((run) => (
          <polyline
            key={run[0]?.index}
            className="pain-trend__line"
            points={run
              .map((point) => `${xOf(point.index, days.length)},${yOf(point.average)}`)
              .join(" ")}
          />
        ))}
        {days.map((day, index) => (
          <g key={day.localDate}>
            {day.average !== null && (
              <>
                <circle
                  className="pain-trend__dot"
                  cx={xOf(index, days.length)}
                  cy={yOf(day.average)}
                  r="4"
                />
                <text
                  className="pain-trend__value"
                  x={xOf(index, days.length)}
                  y={yOf(day.average) - 7}
                  textAnchor="middle"
                >
                  {day.average}
                </text>
              </>
            )}
            <text
              className="pain-trend__day"
              x={xOf(index, days.length)}
              y={height - 4}
              textAnchor="middle"
            >
              {weekday(day.localDate).slice(0, 2)}
            </text>
          </g>
        ))}
      </svg>
      <p className="pain-trend__summary">{trendSummary(days)}</p>
      <details className="pain-trend__details">
        <summary>Show the days</summary>
        <table className="pain-trend__table">
          <caption className="visually-hidden">Average pain now, 0 to 10, per day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Average pain now</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.localDate}>
                <th scope="row">{dates.dayName(day.localDate)}</th>
                <td>
                  {day.average === null
                    ? "No entry"
                    : `${day.average} out of 10 (${day.entries === 1 ? "1 entry" : `${day.entries} entries`})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
