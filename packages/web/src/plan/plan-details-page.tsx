import type { Plan } from "@painplan/core";
import { useRef, useState, type SubmitEvent } from "react";
import { Link, useNavigate } from "react-router";
import { usePersonDates } from "../accounts/use-person-dates";
import { savedNotice } from "../diary/saved-notice";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom, noProblem, type FormProblem } from "../forms/form-problem";
import { InputField } from "../forms/input-field";
import { SubmitButton } from "../forms/submit-button";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { NotFoundPage } from "../ui/not-found-page";
import { Page } from "../ui/page";
import { detailsDraftOf, planChangeOf, type PlanDetailsDraft } from "./plan-details-draft";
import { useActivePlan, useCreatePlan, useUpdatePlan } from "./plan-queries";
import { StaleVersionNotice } from "./stale-version-notice";
import { isWriteConflict } from "./write-conflict";
import { attemptFor, freshAttempt } from "../forms/send-attempt";

/** The plan details form's fields in form order: the server's paths → the input and its label. */
const detailsFieldTargets = {
  title: { id: "plan-title", label: "Name of the plan" },
  startDate: { id: "plan-start", label: "Start date" },
  reviewDate: { id: "plan-review", label: "Review date" },
  madeWith: { id: "plan-made-with", label: "Made with" },
  reason: { id: "plan-reason", label: "Why this change" },
} as const;
const detailsFields = Object.keys(detailsFieldTargets);

/** Change the plan's own details: its name, start and review dates, who it was made with. */
export function PlanDetailsPage() {
  const plan = useActivePlan();
  if (plan.data === null) return <NotFoundPage />;
  return (
    <Page
      title="Plan details"
      heading="Change your plan's details"
      intro={<p>Your plan keeps the earlier details and your reason in its history.</p>}
    >
      {plan.isPending && <LoadingPanel what="your plan" />}
      {plan.isError && <RetryPanel what="your plan" onRetry={() => void plan.refetch()} />}
      {plan.data != null && <PlanDetailsForm plan={plan.data} />}
      {plan.data != null && <NewPlanForm />}
    </Page>
  );
}

function PlanDetailsForm({ plan }: { plan: Plan }) {
  const dates = usePersonDates();
  const navigate = useNavigate();
  const [values, setValues] = useState<PlanDetailsDraft>(() => detailsDraftOf(plan));
  // The version the form was filled from; after a 409 the refreshed plan's version is used.
  const [loadedVersion] = useState(plan.version);
  const [ownProblem, setOwnProblem] = useState<FormProblem>(noProblem);
  const update = useUpdatePlan();
  const isStale = isWriteConflict(update.error);
  const problem =
    ownProblem.summary !== undefined ? ownProblem : formProblemFrom(update.error, detailsFields);
  const set = (field: keyof PlanDetailsDraft) => (value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const change = planChangeOf(plan, values, isStale ? plan.version : loadedVersion);
    if (change === undefined) {
      setOwnProblem({ summary: "Nothing is changed yet: change a detail, then save.", fields: {} });
      return;
    }
    setOwnProblem(noProblem);
    update.mutate(
      { plan, change },
      {
        onSuccess: () =>
          void navigate("/plan", {
            state: savedNotice(
              "The details are saved. The earlier ones stay in your plan's history.",
            ),
          }),
      },
    );
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      {isStale ? (
        <StaleVersionNotice plan={plan} dates={dates} />
      ) : (
        <ErrorSummary problem={problem} fieldTargets={detailsFieldTargets} />
      )}
      <InputField
        id="plan-title"
        label="Name of the plan"
        value={values.title}
        onChange={set("title")}
        error={problem.fields["title"]}
      />
      <InputField
        id="plan-start"
        label="Start date"
        type="date"
        size="short"
        value={values.startDate}
        onChange={set("startDate")}
        error={problem.fields["startDate"]}
      />
      <InputField
        id="plan-review"
        label="Review date (optional)"
        hint="When you mean to look at the plan again with your provider. Leave it empty for none."
        type="date"
        size="short"
        value={values.reviewDate}
        onChange={set("reviewDate")}
        error={problem.fields["reviewDate"]}
      />
      <InputField
        id="plan-made-with"
        label="Made with (optional)"
        hint="For example “my physiotherapist, Sam”."
        value={values.madeWith}
        onChange={set("madeWith")}
        error={problem.fields["madeWith"]}
      />
      <InputField
        id="plan-reason"
        label="Why this change (optional)"
        hint="Kept in your plan's history."
        value={values.reason}
        onChange={set("reason")}
        error={problem.fields["reason"]}
      />
      <div className="plan-links">
        <SubmitButton isBusy={update.isPending} busyLabel="Saving…">
          Save the details
        </SubmitButton>
        <Link className="button button--secondary" to="/plan">
          Back to your plan
        </Link>
      </div>
    </form>
  );
}

const newKey = () => crypto.randomUUID();

const newPlanFieldTargets = {
  title: { id: "new-plan-title", label: "Name of the new plan" },
  startDate: { id: "new-plan-start", label: "It starts on" },
  reason: { id: "new-plan-reason", label: "Why a new plan" },
} as const;

/**
 * Start afresh: a new, empty plan becomes the active one; the current plan is archived as it is
 * (readable under "Earlier plans"), nothing deleted.
 */
function NewPlanForm() {
  const dates = usePersonDates();
  const navigate = useNavigate();
  const [title, setTitle] = useState("");
  const [startDate, setStartDate] = useState(dates.today);
  const [reason, setReason] = useState("");
  const create = useCreatePlan();
  // One key per new plan, kept while the same plan is sent again (see forms/send-attempt.ts): a
  // retry after a lost answer finds the plan started, instead of starting and archiving again.
  const attempt = useRef(freshAttempt(newKey));
  const problem = formProblemFrom(create.error, Object.keys(newPlanFieldTargets));
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const fields = { title: title.trim(), startDate, reason: reason.trim(), proposedBy: "" };
    attempt.current = attemptFor(attempt.current, fields, newKey);
    create.mutate(
      { idempotencyKey: attempt.current.key, ...fields },
      {
        onSuccess: () =>
          void navigate("/plan", {
            state: savedNotice(
              "Your new plan is started. The one before it is kept under Earlier plans.",
            ),
          }),
      },
    );
  };
  return (
    <section aria-labelledby="new-plan-heading">
      <h2 id="new-plan-heading">Start a new plan</h2>
      <details className="plan-more">
        <summary className="plan-more__summary">Start afresh with an empty plan</summary>
        <form className="form" noValidate onSubmit={submit}>
          <p>
            Your current plan is kept as it is under Earlier plans, where you can still read it. The
            new plan starts empty.
          </p>
          <ErrorSummary problem={problem} fieldTargets={newPlanFieldTargets} headingLevel={3} />
          <InputField
            id="new-plan-title"
            label="Name of the new plan"
            value={title}
            onChange={setTitle}
            error={problem.fields["title"]}
          />
          <InputField
            id="new-plan-start"
            label="It starts on"
            type="date"
            size="short"
            value={startDate}
            onChange={setStartDate}
            error={problem.fields["startDate"]}
          />
          <InputField
            id="new-plan-reason"
            label="Why a new plan (optional)"
            value={reason}
            onChange={setReason}
            error={problem.fields["reason"]}
          />
          <SubmitButton isBusy={create.isPending} busyLabel="Starting…">
            Start the new plan
          </SubmitButton>
        </form>
      </details>
    </section>
  );
}
