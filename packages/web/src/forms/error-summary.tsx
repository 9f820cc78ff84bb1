import { useId, type MouseEvent } from "react";
import { fieldErrorsInFormOrder, type FormProblem } from "./form-problem";
import { useSummaryFocus } from "./use-summary-focus";

type ErrorSummaryProps = {
  problem: FormProblem;
  /**
   * Field name → the input's id and its label, to link each message to its field; listed in
   * the order the fields appear on the form, which is the order of the summary.
   */
  fieldTargets: Readonly<Record<string, { id: string; label: string }>>;
  /** 3 inside a form that already sits under its own h2 (Settings); 4 under an h3 (a card). */
  headingLevel?: 2 | 3 | 4;
};

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  // The router would treat a #hash link as navigation; we only want the field focused.
  event.preventDefault();
  document.getElementById(id)?.focus();
}

/**
 * Shown at the top of a form after a failed submit; role="alert" so it is announced at once, and
 * it takes the focus (scrolled into view) so a tap on Save far down a long form visibly does
 * something. The one error summary every form uses.
 */
export function ErrorSummary({ problem, fieldTargets, headingLevel = 2 }: ErrorSummaryProps) {
  const Heading = headingLevel === 2 ? "h2" : headingLevel === 3 ? "h3" : "h4";
  const headingId = useId();
  const fieldEntries = fieldErrorsInFormOrder(problem.fields, fieldTargets);
  const isShown = problem.summary !== undefined || fieldEntries.length > 0;
  const ref = useSummaryFocus(isShown);
  if (!isShown) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={headingId}>
      <Heading id={headingId} className="error-summary__title">
        {fieldEntries.length > 0 ? "Please check these answers" : "That did not work"}
      </Heading>
      {problem.summary !== undefined && <p>{problem.summary}</p>}
      {fieldEntries.length > 0 && (
        <ul className="error-summary__list">
          {fieldEntries.map(([field, message]) => {
            const target = fieldTargets[field];
            if (target === undefined) return <li key={field}>{message}</li>;
            return (
              <li key={field}>
                <a
                  href={`#${target.id}`}
                  onClick={(event) => {
                    focusField(event, target.id);
                  }}
                >
                  {target.label}: {message}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
