import type { SafetyIntakeStatus } from "@painplan/core";
import { Link } from "react-router";
import { openQuestionText } from "./open-question-text";

type OpenQuestionsProps = { questionIds: readonly string[]; status: SafetyIntakeStatus };

/** Unanswered or "not sure" questions: why some therapies say "ask your provider first". */
export function OpenQuestions({ questionIds, status }: OpenQuestionsProps) {
  if (questionIds.length === 0 && status === "complete") return null;
  return (
    <section className="panel" aria-labelledby="open-questions-heading">
      <h2 id="open-questions-heading">Questions still open</h2>
      {status === "in-progress" && <p>You have not finished the safety questions yet.</p>}
      {questionIds.length > 0 && (
        <>
          <p>
            These are unanswered or “not sure”, so the therapies they touch say “ask your provider
            first”. That is fine: your doctor or care team can help you answer them.
          </p>
          <ul>
            {questionIds.map((id) => (
              <li key={id}>{openQuestionText(id)}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link className="inline-link" to="/safety/intake">
          Go back to the questions
        </Link>
      </p>
    </section>
  );
}
