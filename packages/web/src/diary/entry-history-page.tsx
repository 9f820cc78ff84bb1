import { Link, useParams } from "react-router";
import { useSignedInUser } from "../accounts/signed-in-user";
import { Page } from "../ui/page";
import { usePersonDates } from "../accounts/use-person-dates";
import { usePainEntryHistory } from "./diary-queries";
import { actionLabels, changeLines } from "./entry-history-text";
import { LoadingPanel, RetryPanel } from "../ui/load-states";

/** Every change to one entry, oldest first: written, changed (what, from what), deleted. */
export function EntryHistoryPage() {
  const user = useSignedInUser();
  const entryId = useParams()["entryId"] ?? "";
  const history = usePainEntryHistory(user.id, entryId);
  const dates = usePersonDates();
  return (
    <Page
      title="Entry history"
      heading="History of a diary entry"
      intro={
        <p>Each time this entry was written, changed or deleted. Times are in {user.timeZone}.</p>
      }
    >
      {history.isPending && <LoadingPanel what="the history" />}
      {history.isError && <RetryPanel what="the history" onRetry={() => void history.refetch()} />}
      {history.data !== undefined && (
        <ol className="history-list">
          {history.data.changes.map((change) => (
            <li key={`${change.at}-${change.action}`} className="panel">
              <h2 className="history-list__title">
                {actionLabels[change.action]}: {dates.momentOf(change.at)}
              </h2>
              {change.changes.length > 0 && (
                <ul>
                  {changeLines(change, dates.momentOf).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="page__aside">
        <Link to="/diary">Back to your diary</Link>
      </p>
    </Page>
  );
}
