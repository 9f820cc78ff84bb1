import {
  findBodyRegion,
  formatMoney,
  painChangeWords,
  sessionsEndpoints,
  type TherapySession,
} from "@painplan/core";
import { Link, useLocation } from "react-router";
import { useSignedInUser } from "../accounts/signed-in-user";
import { usePersonDates } from "../accounts/use-person-dates";
import { endpointUrl } from "@painplan/core";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import type { PersonDates } from "../ui/person-dates";
import { comparisonWords } from "./session-draft";
import { sessionHistoryStateOf } from "./session-history-state";
import { useSessions } from "./sessions-queries";

/** Sessions newest first, pain before → after at a glance, and the follow-up answers. */
export function SessionHistoryPage() {
  const user = useSignedInUser();
  const dates = usePersonDates();
  const sessions = useSessions();
  const location = useLocation();
  const { loggedSessionId: justLogged, notice } = sessionHistoryStateOf(location.state);
  const exportUrl = (path: string) => endpointUrl(path, { userId: user.id });
  return (
    <Page title="Sessions" intro="The sessions you had, with your pain before and after each.">
      {justLogged !== undefined && (
        <p role="status" className="notice">
          Saved. We will ask how you feel tomorrow and the day after.
        </p>
      )}
      {notice !== undefined && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <p className="plan-links">
        <Link className="button button--primary" to="/sessions/log">
          Log a session
        </Link>
      </p>
      {sessions.isPending ? (
        <LoadingPanel what="your sessions" />
      ) : sessions.isError ? (
        <RetryPanel what="your sessions" onRetry={() => void sessions.refetch()} />
      ) : sessions.data.items.length === 0 ? (
        <p>No sessions logged yet. After your next session, log it here or from Today.</p>
      ) : (
        <ul className="session-history" aria-label="Your sessions">
          {sessions.data.items.map((session) => (
            <SessionRow key={session.id} session={session} dates={dates} />
          ))}
        </ul>
      )}
      <h2>Take your log with you</h2>
      <p className="plan-links">
        <a
          className="inline-target"
          href={exportUrl(sessionsEndpoints.exportSessionsCsv.path)}
          download
        >
          Download as a spreadsheet (CSV)
        </a>
        <a
          className="inline-target"
          href={exportUrl(sessionsEndpoints.exportSessionsJson.path)}
          download
        >
          Download as JSON
        </a>
      </p>
    </Page>
  );
}

function SessionRow({ session, dates }: { session: TherapySession; dates: PersonDates }) {
  const answered = session.followUps.filter((followUp) => followUp.answer !== null);
  const price = session.charge?.price;
  const moment = dates.momentOf(session.startedAt);
  return (
    <li className="session-history__item">
      <p>
        <strong>{session.title}</strong>, {moment}, {session.durationMinutes} min
      </p>
      <p>
        Pain (0–10) before → after:{" "}
        <strong
          aria-label={`before ${session.painBefore ?? "not noted"}, after ${session.painAfter ?? "not noted"}`}
        >
          {painChangeWords(session.painBefore, session.painAfter)}
        </strong>
        {price !== undefined && ` · ${formatMoney(price)}`}
      </p>
      {session.techniques.length > 0 && <p>Techniques: {session.techniques.join(", ")}</p>}
      {session.regionPain !== null && session.regionPain.length > 0 && (
        <p>
          Pain by area (0–10), before → after:{" "}
          {session.regionPain
            .map(
              (region) =>
                `${findBodyRegion(region.regionId)?.label ?? region.regionId} ${painChangeWords(region.before, region.after)}`,
            )
            .join("; ")}
        </p>
      )}
      {answered.map((followUp) => (
        <p key={followUp.dueAfter}>
          {followUp.dueAfter === "24h" ? "Next day" : "Two days later"}: pain{" "}
          {followUp.answer?.painNow},{" "}
          {followUp.answer === null
            ? ""
            : comparisonWords[followUp.answer.comparedWithBefore].toLowerCase()}{" "}
          than before
        </p>
      ))}
      <p>
        <Link className="button button--secondary" to={`/sessions/${session.id}/edit`}>
          Change or delete
          <span className="visually-hidden">
            {" "}
            {session.title}, {moment}
          </span>
        </Link>
      </p>
    </li>
  );
}
