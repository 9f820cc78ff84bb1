import type { Plan } from "@painplan/core";
import { useState, type SubmitEvent } from "react";
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
import { useActivePlan, useUpdatePlan } from "./plan-queries";
import { StaleVersionNotice } from "./stale-version-notice";
import { isWriteConflict } from "./write-conflict";

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
