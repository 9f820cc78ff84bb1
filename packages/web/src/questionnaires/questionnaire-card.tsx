import type { InstrumentSummary } from "@painplan/core";
import { Link } from "react-router";
import { formProblemFrom } from "../forms/form-problem";
import { useSkipQuestionnaire } from "./questionnaire-queries";
import { scheduleText } from "./schedule-text";

type QuestionnaireCardProps = { userId: string; summary: InstrumentSummary; isDue: boolean };

/** One questionnaire: what it is, when it is suggested, and start / skip. */
export function QuestionnaireCard({ userId, summary, isDue }: QuestionnaireCardProps) {
  const skip = useSkipQuestionnaire(userId);
  const problem = formProblemFrom(skip.error, []);
  const isAvailable = summary.status === "available";
  return (
    <article className="entry-card" aria-labelledby={`questionnaire-${summary.id}`}>
      <h3 id={`questionnaire-${summary.id}`}>{summary.title}</h3>
      <p>{scheduleText(summary)}</p>
      {!isAvailable && (
        <p>
          Its questions are copyrighted and need a licence before this PainPlan can show them. Your
          care team can go through it with you.
        </p>
      )}
      {isAvailable && (
        <div className="entry-card__actions">
          <Link
            className={isDue ? "button button--primary" : "button button--secondary"}
            to={`/questionnaires/${summary.id}`}
          >
            Start<span className="visually-hidden"> {summary.shortTitle}</span>
          </Link>
          {isDue && (
            <button
              type="button"
              className="button button--quiet"
              aria-disabled={skip.isPending ? true : undefined}
              onClick={() => {
                if (!skip.isPending) skip.mutate(summary.id);
              }}
            >
              Skip for now<span className="visually-hidden"> ({summary.shortTitle})</span>
            </button>
          )}
        </div>
      )}
      {problem.summary !== undefined && (
        <p className="field__error" role="alert">
          {problem.summary}
        </p>
      )}
    </article>
  );
}
