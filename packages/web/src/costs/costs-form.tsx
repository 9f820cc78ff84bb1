import type { ReactNode, SubmitEvent } from "react";
import type { FormProblem } from "../forms/form-problem";

/**
 * The frame of an "Add a …" form on the costs pages: a form named by its heading
 * (`<id>-heading`), the fields, the problem summary and the submit button. `onSubmit` runs with
 * the browser's own submit prevented; `after` follows the button (e.g. a status line).
 */
export function CostsForm(props: {
  id: string;
  heading: string;
  submitLabel: string;
  problem: FormProblem;
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
      {props.children}
      {props.problem.summary !== undefined && <p role="alert">{props.problem.summary}</p>}
      <button type="submit" className="button button--primary" aria-disabled={props.isPending}>
        {props.submitLabel}
      </button>
      {props.after}
    </form>
  );
}
