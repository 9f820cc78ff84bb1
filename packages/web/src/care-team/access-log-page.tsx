import { Link } from "react-router";
import { usePersonDates } from "../accounts/use-person-dates";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import { useAccessLog } from "./care-team-queries";

/** What the log calls each kind of record, in plain words. */
const recordWords: Record<string, string> = {
  plan: "your plan",
  plans: "your past plans",
  "plan-calendar": "your plan's calendar",
  "plan-versions": "your plan's history",
  "plan-version": "a past version of your plan",
  "plan-goals": "your goals",
  "plan-goal": "a goal",
  "plan-proposals": "suggested plan changes",
  "plan-proposal": "a suggested plan change",
  "diary-summary": "your pain diary summary",
  "safety-sheet": "your safety sheet",
  "questionnaire-response": "your nerve pain questionnaire",
  "access-log": "this log",
  sessions: "your sessions",
  session: "a session",
};

const actionWords: Record<string, string> = {
  read: "looked at",
  list: "looked at",
  write: "added to",
};

/** Everyone other than the person who read or added to their records, newest first. */
export function AccessLogPage() {
  const log = useAccessLog();
  const dates = usePersonDates();
  return (
    <Page
      title="Access log"
      heading="Who has looked at my records"
      intro={<p>Each time someone else opens or adds to your records, it is listed here.</p>}
    >
      {log.isPending && <LoadingPanel what="the access log" />}
      {log.isError && <RetryPanel what="the access log" onRetry={() => void log.refetch()} />}
      {log.data !== undefined &&
        (log.data.events.length === 0 ? (
          <p>No one else has looked at your records.</p>
        ) : (
          <table className="care-team-table">
            <caption className="visually-hidden">Access to your records, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
              </tr>
            </thead>
            <tbody>
              {log.data.events.map((event) => (
                <tr key={event.id}>
                  <td>{dates.momentOf(event.at)}</td>
                  <td>{event.actorDisplayName}</td>
                  <td>
                    {actionWords[event.action] ?? event.action}{" "}
                    {recordWords[event.resourceType] ?? event.resourceType.replaceAll("-", " ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      <p>
        <Link className="inline-target" to="/care-team">
          Back to my care team
        </Link>
      </p>
    </Page>
  );
}
