import { formatMoney, goodFaithDisputeDays, type CostEstimate } from "@painplan/core";
import { useRef, useState } from "react";
import { usePersonDates } from "../accounts/use-person-dates";
import { formProblemFrom } from "../forms/form-problem";
import { InputField } from "../forms/input-field";
import { OptionGroup } from "../forms/option-group";
import { Page } from "../ui/page";
import { CostsForm } from "./costs-form";
import { attemptFor, freshAttempt } from "../forms/send-attempt";
import { CostsList } from "./costs-list";
import { CostsNav } from "./costs-nav";
import { useCreateEstimate, useEstimates } from "./costs-queries";
import { MoneyFields } from "./money-field";
import { moneyTargets, useMoneyForm, withMoneyErrors } from "./use-money-form";
import "./costs.css";

const newKey = () => crypto.randomUUID();

/** Written estimates a provider gave, compared with what was charged since. */
export function EstimatesPage() {
  const estimates = useEstimates();
  return (
    <Page
      title="Estimates"
      intro={
        <p>
          Write down a price estimate you were given, and see how the sessions charged in its period
          compare.
        </p>
      }
    >
      <CostsNav />
      <CostsList query={estimates} what="your estimates">
        {(estimate) => <EstimateCard estimate={estimate} />}
      </CostsList>
      <AddEstimateForm />
    </Page>
  );
}

function EstimateCard({ estimate }: { estimate: CostEstimate }) {
  const dates = usePersonDates();
  const { comparison } = estimate;
  const difference = formatMoney({
    amountMinor: Math.abs(comparison.differenceMinor),
    currency: comparison.estimate.currency,
  });
  return (
    <article className="panel costs-card" aria-label={`Estimate from ${estimate.provider}`}>
      <h2>
        {estimate.provider}: {formatMoney(comparison.estimate)}
      </h2>
      <p>
        For {dates.calendarDate(estimate.coversFrom)} to {dates.calendarDate(estimate.coversTo)}
        {estimate.isGoodFaithEstimate ? " (a Good Faith Estimate)" : ""}.
      </p>
      <p data-testid="estimate-comparison">
        Charged so far: {formatMoney(comparison.billed)},{" "}
        {comparison.isOverEstimate
          ? `${difference} over the estimate`
          : `${difference} under or at the estimate`}
        .
      </p>
      {comparison.mayDispute && (
        <div className="panel panel--calm" role="note" data-testid="good-faith-note">
          <p>
            This bill is 400 USD or more above the Good Faith Estimate. In the United States you can
            ask for a review of the bill (patient-provider dispute resolution under the No Surprises
            Act) within {goodFaithDisputeDays} days of the date on the bill.
          </p>
          <p>
            <a href="https://www.cms.gov/nosurprises/consumers/understanding-costs-in-advance">
              How to start a dispute (cms.gov)
            </a>
          </p>
        </div>
      )}
    </article>
  );
}

function AddEstimateForm() {
  const dates = usePersonDates();
  const create = useCreateEstimate();
  // One key per estimate, kept while the same estimate is sent again (see forms/send-attempt.ts).
  const attempt = useRef(freshAttempt(newKey));
  const money = useMoneyForm();
  const [provider, setProvider] = useState("");
  const [isGoodFaith, setIsGoodFaith] = useState<"yes" | "no">("yes");
  const [coversFrom, setCoversFrom] = useState(dates.today);
  const [coversTo, setCoversTo] = useState(dates.today);
  const fieldTargets = {
    provider: { id: "estimate-provider", label: "Who gave it" },
    ...moneyTargets("estimate-amount", "Estimated total", "amount"),
    coversFrom: { id: "estimate-from", label: "First day it covers" },
    coversTo: { id: "estimate-to", label: "Last day it covers" },
  };
  const problem = withMoneyErrors(
    formProblemFrom(create.error, Object.keys(fieldTargets)),
    "amount",
    money.errors,
  );

  function submit() {
    const amount = money.take();
    if (amount === undefined) return;
    const fields = {
      provider,
      amount,
      isGoodFaithEstimate: isGoodFaith === "yes",
      givenOn: dates.today,
      coversFrom,
      coversTo,
    };
    attempt.current = attemptFor(attempt.current, fields, newKey);
    create.mutate(
      { idempotencyKey: attempt.current.key, ...fields },
      {
        onSuccess: () => {
          attempt.current = freshAttempt(newKey);
        },
      },
    );
  }
  return (
    <CostsForm
      id="add-estimate"
      heading="Add an estimate"
      submitLabel="Add estimate"
      problem={problem}
      fieldTargets={fieldTargets}
      isPending={create.isPending}
      onSubmit={submit}
    >
      <InputField
        id="estimate-provider"
        label="Who gave it"
        value={provider}
        onChange={setProvider}
        error={problem.fields["provider"]}
      />
      <MoneyFields
        id="estimate-amount"
        label="Estimated total"
        money={money}
        problem={problem}
        path="amount"
      />
      <OptionGroup
        id="estimate-good-faith"
        legend="Is it a Good Faith Estimate? (US: the written estimate a provider must give people paying themselves)"
        options={[
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ]}
        value={isGoodFaith}
        onChange={setIsGoodFaith}
        isSideBySide
      />
      <InputField
        id="estimate-from"
        label="First day it covers"
        type="date"
        size="short"
        value={coversFrom}
        onChange={setCoversFrom}
        error={problem.fields["coversFrom"]}
      />
      <InputField
        id="estimate-to"
        label="Last day it covers"
        type="date"
        size="short"
        value={coversTo}
        onChange={setCoversTo}
        error={problem.fields["coversTo"]}
      />
    </CostsForm>
  );
}
