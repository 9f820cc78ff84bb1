import {
  formatMoney,
  parseDecimalAmount,
  type ClaimStatus,
  type InsuranceClaim,
} from "@painplan/core";
import { useRef, useState, type SubmitEvent } from "react";
import { usePersonDates } from "../accounts/use-person-dates";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { InputField } from "../forms/input-field";
import { OptionGroup } from "../forms/option-group";
import { Page } from "../ui/page";
import { CostsForm } from "./costs-form";
import { attemptFor, freshAttempt } from "../forms/send-attempt";
import { CostsList } from "./costs-list";
import { CostsNav } from "./costs-nav";
import { useChargedSessions, useClaims, useCreateClaim, useUpdateClaim } from "./costs-queries";
import { MoneyFields } from "./money-field";
import { moneyTargets, useMoneyForm, withMoneyErrors } from "./use-money-form";
import "./costs.css";

const newKey = () => crypto.randomUUID();

const statusWords: Record<ClaimStatus, string> = {
  "not-submitted": "Not sent yet",
  submitted: "Sent, waiting for an answer",
  paid: "Paid",
  denied: "Turned down",
};

/** Insurance claims: where each stands and what came back. */
export function ClaimsPage() {
  const claims = useClaims();
  return (
    <Page
      title="Insurance claims"
      intro={<p>What you asked your insurer for, and what they paid back.</p>}
    >
      <CostsNav />
      <CostsList query={claims} what="your claims" emptyText="No claims yet.">
        {(claim) => <ClaimCard claim={claim} />}
      </CostsList>
      <AddClaimForm />
    </Page>
  );
}

function ClaimCard({ claim }: { claim: InsuranceClaim }) {
  const dates = usePersonDates();
  const { currency } = claim.amountClaimed;
  return (
    <article className="panel costs-card" aria-label={`Claim to ${claim.insurer}`}>
      <h2>
        {claim.insurer}: {formatMoney(claim.amountClaimed)}
      </h2>
      <p data-testid="claim-status">
        {statusWords[claim.status]}
        {claim.status === "paid" &&
          `: ${formatMoney({ amountMinor: claim.amountReimbursedMinor, currency })} paid back`}
        {claim.decidedOn !== null && ` on ${dates.calendarDate(claim.decidedOn)}`}.
      </p>
      {claim.submittedOn !== null && <p>Sent on {dates.calendarDate(claim.submittedOn)}.</p>}
      {claim.sessionIds.length > 0 && (
        <p>
          Covers {claim.sessionIds.length} {claim.sessionIds.length === 1 ? "session" : "sessions"}.
        </p>
      )}
      {(claim.status === "submitted" || claim.status === "not-submitted") && (
        <AnswerForm claim={claim} />
      )}
    </article>
  );
}

function AnswerForm({ claim }: { claim: InsuranceClaim }) {
  const dates = usePersonDates();
  const update = useUpdateClaim();
  const [answer, setAnswer] = useState<"paid" | "denied">("paid");
  const [amount, setAmount] = useState("");
  const [decidedOn, setDecidedOn] = useState(dates.today);
  const [amountError, setAmountError] = useState<string | undefined>();
  const id = `answer-${claim.id}`;
  const fieldTargets = {
    amountReimbursedMinor: {
      id: `${id}-amount`,
      label: `Amount paid back (${claim.amountClaimed.currency})`,
    },
    decidedOn: { id: `${id}-date`, label: "Day of the answer" },
  };
  const serverProblem = formProblemFrom(update.error, Object.keys(fieldTargets));
  // The amount that could not be read is never sent, so it is listed here, not by the server.
  const problem =
    amountError === undefined || answer !== "paid"
      ? serverProblem
      : { summary: undefined, fields: { amountReimbursedMinor: amountError } };

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const amountMinor =
      answer === "paid" ? parseDecimalAmount(amount, claim.amountClaimed.currency) : 0;
    if (amountMinor === undefined) {
      setAmountError("Enter the amount paid back, such as 45 or 45.50.");
      return;
    }
    setAmountError(undefined);
    update.mutate({
      claimId: claim.id,
      version: claim.version,
      status: answer,
      amountReimbursedMinor: amountMinor,
      decidedOn,
    });
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={`The insurer's answer to the claim to ${claim.insurer}`}
    >
      <ErrorSummary problem={problem} fieldTargets={fieldTargets} headingLevel={3} />
      <OptionGroup
        id={`${id}-answer`}
        legend="The insurer's answer"
        options={[
          { value: "paid", label: "Paid" },
          { value: "denied", label: "Turned down" },
        ]}
        value={answer}
        onChange={setAnswer}
        isSideBySide
      />
      {answer === "paid" && (
        <InputField
          id={`${id}-amount`}
          label={`Amount paid back (${claim.amountClaimed.currency})`}
          inputMode="decimal"
          size="short"
          value={amount}
          onChange={setAmount}
          error={problem.fields["amountReimbursedMinor"]}
        />
      )}
      <InputField
        id={`${id}-date`}
        label="Day of the answer"
        type="date"
        size="short"
        value={decidedOn}
        onChange={setDecidedOn}
        error={problem.fields["decidedOn"]}
      />
      <button type="submit" className="button button--secondary" aria-disabled={update.isPending}>
        Save the answer
      </button>
    </form>
  );
}

function AddClaimForm() {
  const dates = usePersonDates();
  const create = useCreateClaim();
  // One key per claim, kept while the same claim is sent again (see forms/send-attempt.ts).
  const attempt = useRef(freshAttempt(newKey));
  const money = useMoneyForm();
  const [insurer, setInsurer] = useState("");
  const [isSent, setIsSent] = useState<"yes" | "no">("yes");
  const [submittedOn, setSubmittedOn] = useState(dates.today);
  const [sessionIds, setSessionIds] = useState<string[]>([]);
  const charged = useChargedSessions();
  const sessionOptions = (charged.data ?? [])
    .filter((session) => session.charge?.price.currency === money.currency)
    .map((session) => ({
      value: session.id,
      label: `${session.title}, ${dates.calendarDate(session.localDate)}, ${
        session.charge === null ? "" : formatMoney(session.charge.price)
      }`,
    }));
  const fieldTargets = {
    insurer: { id: "claim-insurer", label: "Insurer" },
    ...moneyTargets("claim-amount", "Amount claimed", "amountClaimed"),
    submittedOn: { id: "claim-sent-on", label: "Sent on" },
  };
  const problem = withMoneyErrors(
    formProblemFrom(create.error, Object.keys(fieldTargets)),
    "amountClaimed",
    money.errors,
  );

  function submit() {
    const amountClaimed = money.take();
    if (amountClaimed === undefined) return;
    const fields = {
      insurer,
      status: isSent === "yes" ? ("submitted" as const) : ("not-submitted" as const),
      amountClaimed,
      submittedOn: isSent === "yes" ? submittedOn : null,
      sessionIds: sessionIds.filter((id) => sessionOptions.some((option) => option.value === id)),
    };
    attempt.current = attemptFor(attempt.current, fields, newKey);
    create.mutate(
      { idempotencyKey: attempt.current.key, ...fields },
      {
        onSuccess: () => {
          attempt.current = freshAttempt(newKey);
          setInsurer("");
          money.setAmount("");
          setSessionIds([]);
        },
      },
    );
  }
  return (
    <CostsForm
      id="add-claim"
      heading="Add a claim"
      submitLabel="Add claim"
      problem={problem}
      fieldTargets={fieldTargets}
      isPending={create.isPending}
      onSubmit={submit}
    >
      <InputField
        id="claim-insurer"
        label="Insurer"
        value={insurer}
        onChange={setInsurer}
        error={problem.fields["insurer"]}
      />
      <MoneyFields
        id="claim-amount"
        label="Amount claimed"
        money={money}
        problem={problem}
        path="amountClaimed"
      />
      {sessionOptions.length > 0 && (
        <OptionGroup
          id="claim-sessions"
          legend={`Sessions it covers (paid in ${money.currency})`}
          options={sessionOptions}
          isMultiple
          values={sessionIds}
          onChangeMany={setSessionIds}
        />
      )}
      <OptionGroup
        id="claim-sent"
        legend="Have you sent it?"
        options={[
          { value: "yes", label: "Yes" },
          { value: "no", label: "Not yet" },
        ]}
        value={isSent}
        onChange={setIsSent}
        isSideBySide
      />
      {isSent === "yes" && (
        <InputField
          id="claim-sent-on"
          label="Sent on"
          type="date"
          size="short"
          value={submittedOn}
          onChange={setSubmittedOn}
          error={problem.fields["submittedOn"]}
        />
      )}
    </CostsForm>
  );
}
