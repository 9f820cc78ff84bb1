import { usePersonDates } from "../accounts/use-person-dates";
import { Link } from "react-router";
import { useSignedInUser } from "../accounts/signed-in-user";
import { Page } from "../ui/page";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { AnchorDateForm } from "./anchor-date-form";
import { instrumentsShownTo } from "./next-check-in";
import { QuestionnaireCard } from "./questionnaire-card";
import {
  useQuestionnaireOverview,
  useQuestionnaireResponses,
  useQuestionnaireSettings,
} from "./questionnaire-queries";

export function QuestionnairesPage() {
  const user = useSignedInUser();
  const overview = useQuestionnaireOverview(user.id);
  const settings = useQuestionnaireSettings(user.id);
  const instruments = instrumentsShownTo(overview.data?.instruments ?? [], user.role);
  const due = instruments.filter((summary) => overview.data?.due.includes(summary.id));
  const others = instruments.filter((summary) => !overview.data?.due.includes(summary.id));
  return (
    <Page
      title="Questionnaires"
      intro={
        <p>
          Short, well-studied check-ins. They help you and your care team notice change over time.
          Each one is optional, and skipping is always fine.
        </p>
      }
    >
      {overview.isPending && <LoadingPanel what="your questionnaires" />}
      {overview.isError && (
        <RetryPanel what="your questionnaires" onRetry={() => void overview.refetch()} />
      )}
      {due.length > 0 && (
        <section aria-labelledby="due-list-heading" className="diary-days">
          <h2 id="due-list-heading">Due today</h2>
          <ul className="diary-day__entries">
            {due.map((summary) => (
              <li key={summary.id}>
                <QuestionnaireCard userId={user.id} summary={summary} isDue />
              </li>
            ))}
          </ul>
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="all-list-heading" className="diary-days">
          <h2 id="all-list-heading">
            {due.length > 0 ? "Other questionnaires" : "Questionnaires"}
          </h2>
          <ul className="diary-day__entries">
            {others.map((summary) => (
              <li key={summary.id}>
                <QuestionnaireCard userId={user.id} summary={summary} isDue={false} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {settings.isSuccess && (
        <section className="panel" aria-labelledby="anchor-heading">
          <h2 id="anchor-heading">Start date for “how have things changed?”</h2>
          <AnchorDateForm userId={user.id} current={settings.data.pgicAnchorDate} />
        </section>
      )}
      <RecentResults userId={user.id} />
    </Page>
  );
}

function RecentResults({ userId }: { userId: string }) {
  const responses = useQuestionnaireResponses(userId);
  const dates = usePersonDates();
  const items = responses.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Your recent results</h2>
      <ul className="link-list">
        {items.map((response) => (
          <li key={response.id}>
            <Link to={`/questionnaires/results/${response.id}`}>
              {response.instrumentId.toUpperCase()}, {dates.dateOf(response.authoredAt)}:{" "}
              {response.result.displayScore}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
