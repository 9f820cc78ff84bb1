import type { CareTeamClient } from "@painplan/core";
import { LoadingPanel } from "../ui/load-states";
import type { PersonDates } from "../ui/person-dates";
import { useClientDiarySummary } from "./care-team-queries";

/** Four weeks of "pain now" (0–10): entries, average and worst, in the client's days. */
export function DiarySummaryTable({
  client,
  dates,
}: {
  client: CareTeamClient;
  dates: PersonDates;
}) {
  const summary = useClientDiarySummary(client.userId, true);
  return (
    <section aria-labelledby="diary-summary-heading">
      <h2 id="diary-summary-heading">Pain diary, last four weeks</h2>
      {summary.isPending && <LoadingPanel what="the diary summary" />}
      {summary.data !== undefined && (
        <table className="care-team-table">
          <caption className="visually-hidden">Pain now, 0 to 10, by week</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Entries</th>
              <th scope="col">Average pain (0–10)</th>
              <th scope="col">Worst pain (0–10)</th>
            </tr>
          </thead>
          <tbody>
            {summary.data.weeks.map((week) => (
              <tr key={week.from}>
                <td>
                  {dates.calendarDate(week.from)} to {dates.calendarDate(week.to)}
                </td>
                <td>{week.entryCount}</td>
                <td>{week.averagePain ?? "no entries"}</td>
                <td>{week.worstPain ?? "no entries"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
