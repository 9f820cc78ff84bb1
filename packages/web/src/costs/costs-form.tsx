import type { ReactNode, SubmitEvent } from "react";
import { ErrorSummary } from "../forms/error-summary";
import type { FormProblem } from "../forms/form-problem";

/**
 * The frame of an "Add a …" form on the costs pages: a form named by its heading
 * (`<id>-heading`), the shared error summary (linking to `fieldTargets`), the fields and the
 * submit button. `onSubmit` runs with
 * the browser's own submit prevented; `after` follows the button (e.g. a status line).
 */
export function CostsForm(props: {
  id: string;
  heading: string;
  submitLabel: string;
  problem: FormProblem;
  /** Field name → input id and label, in form order (see `ErrorSummary`). */
  fieldTargets: Readonly<Record<string, { id: string; label: string }>>;
  isPending: boolean;
  onSubmit: () => void;
  children: ReactNode;
  after?: ReactNode;
}) {
  const headingId = `${props.id}-heading`;
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    props.onSubmit();
  }
  return (
    <form className="costs-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{props.heading}</h2>
      <ErrorSummary problem={props.problem} fieldTargets={props.fieldTargets} headingLevel={3} />
      {props.children}
      <button type="submit" className="button button--primary" aria-disabled={props.isPending}>
        {props.submitLabel}
      </button>
      {props.after}
    </form>
  );
}
