import { Link } from "react-router";
import { Page } from "../ui/page";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { PracticeLibrary } from "./practice-library";
import { practiceName, playPath } from "./practice-names";
import { usePracticeSuggestion } from "./practice-queries";
import { RecentPractice } from "./recent-practice";
import { WeeklySummary } from "./weekly-summary";
import "./practice.css";

/**
 * `/practice`: today's suggestion first (one tap to begin), how the week is going in kind words
 * with the weekly target, the library of practices (1–20 minutes) and recent practice.
 */
export function PracticePage() {
  return (
    <Page
      title="Practice"
      intro="Short guided practices and gentle yoga, at your own pace. A few minutes is plenty; rest days are part of it."
    >
      <TodaySuggestion />
      <WeeklySummary />
      <PracticeLibrary />
      <RecentPractice />
    </Page>
  );
}

function TodaySuggestion() {
  const suggestion = usePracticeSuggestion();
  return (
    <section className="practice-section" aria-labelledby="today-heading">
      <h2 id="today-heading">For today</h2>
      {suggestion.isPending && <LoadingPanel what="today’s suggestion" />}
      {suggestion.isError && (
        <RetryPanel
          what="today’s suggestion"
          onRetry={() => {
            void suggestion.refetch();
          }}
        />
      )}
      {suggestion.data !== undefined && (
        <div className="panel panel--calm practice-today">
          <p className="practice-today__what">
            {practiceName(suggestion.data.practiceId)}, {suggestion.data.minutes}{" "}
            {suggestion.data.minutes === 1 ? "minute" : "minutes"}
          </p>
          <p>{suggestion.data.reason}</p>
          <Link
            className="button button--primary practice-today__start"
            to={playPath(suggestion.data.practiceId, suggestion.data.minutes)}
          >
            Start {practiceName(suggestion.data.practiceId).toLowerCase()}
          </Link>
        </div>
      )}
    </section>
  );
}
