import {
  describeSchedule,
  planApiLimits,
  type CareTeamClient,
  type PlanItem,
  type Pressure,
} from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { isApiError } from "../api/api-error";
import { OptionGroup } from "../forms/option-group";
import { TextareaField } from "../forms/textarea-field";
import { TextField } from "../forms/text-field";
import { LoadingPanel } from "../ui/load-states";
import type { PersonDates } from "../ui/person-dates";
import { changeInWords } from "./change-words";
import { useClientPlan, useProposals, useProposeChange } from "./care-team-queries";

const pressureOptions = [
  { value: "light", label: "Light" },
  { value: "medium", label: "Medium" },
  { value: "firm", label: "Firm" },
] as const;

const statusWords = { pending: "waiting for them", accepted: "accepted", declined: "declined" };

/** The client's plan (read only) and the changes suggested to it; suggest one per item. */
export function ClientPlan({ client, dates }: { client: CareTeamClient; dates: PersonDates }) {
  const plan = useClientPlan(client.userId, true);
  const proposals = useProposals(client.userId);
  return (
    <section aria-labelledby="client-plan-heading">
      <h2 id="client-plan-heading">{client.displayName}&apos;s plan</h2>
      {plan.isPending && <LoadingPanel what="the plan" />}
      {plan.data === null && <p>No plan yet.</p>}
      {plan.data !== undefined && plan.data !== null && (
        <ul className="plain-list">
          {plan.data.items.map((item) => (
            <li className="panel" key={item.id}>
              <h3>{item.title}</h3>
              <p>{describeSchedule(item.schedule)}</p>
              <p>Pressure: {item.pressure ?? "not set"}</p>
              <ProposeChange client={client} planId={plan.data?.id ?? ""} item={item} />
            </li>
          ))}
        </ul>
      )}
      {(proposals.data?.proposals.length ?? 0) > 0 && (
        <>
          <h3>Suggested changes</h3>
          <ul>
            {proposals.data?.proposals.map((proposal) => (
              <li key={proposal.id}>
                {proposal.itemTitle}: {changeInWords(proposal.change)} (
                {statusWords[proposal.status]}, {dates.momentOf(proposal.proposedAt)})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ProposeChange({
  client,
  planId,
  item,
}: {
  client: CareTeamClient;
  planId: string;
  item: PlanItem;
}) {
  const propose = useProposeChange(client.userId);
  const [pressure, setPressure] = useState<Pressure | null>(item.pressure);
  const [notes, setNotes] = useState(item.notes);
  const [reason, setReason] = useState("");
  const id = `propose-${item.id}`;
  const fieldError = (path: string) =>
    isApiError(propose.error)
      ? propose.error.fieldErrors.find((field) => field.path === path)?.message
      : undefined;
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const change = {
      ...(pressure !== item.pressure ? { pressure } : {}),
      ...(notes !== item.notes ? { notes } : {}),
    };
    propose.mutate({ planId, itemId: item.id, change, reason });
  };
  if (propose.isSuccess) {
    return (
      <p className="form__status" role="status">
        Suggested. {client.displayName} decides whether to accept it.
      </p>
    );
  }
  return (
    <details>
      <summary className="inline-target">Suggest a change to {item.title}</summary>
      <form className="form" onSubmit={submit} noValidate>
        <OptionGroup
          id={`${id}-pressure`}
          legend="Pressure"
          options={pressureOptions}
          isSideBySide
          value={pressure}
          onChange={setPressure}
        />
        <TextareaField
          id={`${id}-notes`}
          label="Note for the session"
          value={notes}
          onChange={setNotes}
          maxLength={planApiLimits.notesMaxLength}
          error={fieldError("change.notes")}
        />
        <TextField
          id={`${id}-reason`}
          label="Why you suggest it"
          autoComplete="off"
          value={reason}
          onChange={setReason}
          error={fieldError("reason")}
        />
        {propose.isError && (
          <p className="form__status" role="alert">
            {propose.error.message}
          </p>
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={propose.isPending}>
            Suggest this change
          </button>
        </div>
      </form>
    </details>
  );
}
