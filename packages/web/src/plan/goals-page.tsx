import type { GoalRecord } from "@painplan/core";
import { Link } from "react-router";
import { usePersonDates } from "../accounts/use-person-dates";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import type { PersonDates } from "../ui/person-dates";
import { GoalCheckOff } from "./goal-check-off";
import { GoalActions } from "./goal-actions";
import { goalWords } from "./goal-draft";
import { GoalForm } from "./goal-form";
import { goalProgressWords, goalStatusWords } from "./goal-progress-words";
import { useGoals } from "./plan-queries";

/** Goals the person chose, where each stands, and a short form for a new one. */
export function GoalsPage() {
  const goals = useGoals();
  const dates = usePersonDates();
  return (
    <Page
      title="Goals"
      heading="Your goals"
      intro={<p>Realistic goals you choose: less pain, doing more, practice, sessions.</p>}
    >
      {goals.isPending && <LoadingPanel what="your goals" />}
      {goals.isError && <RetryPanel what="your goals" onRetry={() => void goals.refetch()} />}
      {goals.data !== undefined && (
        <section aria-labelledby="goal-list-heading">
          <h2 id="goal-list-heading">Where you are</h2>
          {goals.data.goals.length === 0 ? (
            <p>No goals yet.</p>
          ) : (
            <ul className="plan-items">
              {goals.data.goals.map((record) => (
                <GoalCard key={record.id} record={record} dates={dates} />
              ))}
            </ul>
          )}
        </section>
      )}
      <GoalForm dates={dates} />
      <p>
        <Link className="inline-target" to="/plan">
          Back to my plan
        </Link>
      </p>
    </Page>
  );
}

function GoalCard({ record, dates }: { record: GoalRecord; dates: PersonDates }) {
  const numbers = goalProgressWords(record.goal, record.progress);
  return (
    <li className="plan-item">
      <h3 className="plan-item__title">{goalWords(record.goal, dates.calendarDate)}</h3>
      <p>
        <strong>{goalStatusWords[record.progress.status]}</strong>
      </p>
      {numbers.length > 0 && (
        <ul className="plan-item__instructions">
          {numbers.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <GoalCheckOff record={record} dates={dates} />
      <GoalActions record={record} dates={dates} />
    </li>
  );
}
