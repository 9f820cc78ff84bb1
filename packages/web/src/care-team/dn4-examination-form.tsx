import type { CareTeamClient } from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { OptionGroup } from "../forms/option-group";
import { useEnterDn4Examination } from "./care-team-queries";

/** DN4's examination part (Bouhassira 2005): three findings a clinician checks by touch. */
const examinationItems = [
  { linkId: "touch-hypoaesthesia", label: "Less feeling to touch in the painful area" },
  { linkId: "pinprick-hypoaesthesia", label: "Less feeling to a pinprick in the painful area" },
  { linkId: "brushing", label: "Brushing the painful area causes or increases pain" },
] as const;

/** The summary's links, in form order: `answers.<linkId>` → the item's first choice. */
const fieldTargets = Object.fromEntries(
  examinationItems.map((item) => [
    `answers.${item.linkId}`,
    { id: `dn4-${item.linkId}`, label: item.label },
  ]),
);

const yesNo = [
  { value: "1", label: "Yes" },
  { value: "0", label: "No" },
] as const;

/** A clinician enters the three examination items; they complete the client's latest interview. */
export function Dn4ExaminationForm({ client }: { client: CareTeamClient }) {
  const enter = useEnterDn4Examination(client.userId);
  const [answers, setAnswers] = useState<Record<string, "0" | "1">>({});
  const [key] = useState(() => crypto.randomUUID());
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    enter.mutate({
      answers: Object.fromEntries(
        Object.entries(answers).map(([linkId, value]) => [linkId, Number(value)]),
      ),
      idempotencyKey: key,
    });
  };
  const problem = formProblemFrom(enter.error, Object.keys(fieldTargets));
  return (
    <section aria-labelledby="dn4-heading">
      <h2 id="dn4-heading">Nerve pain questionnaire (DN4): your examination</h2>
      {enter.isSuccess ? (
        <p className="panel panel--calm" role="status">
          Saved. With {client.displayName}&apos;s answers the score is{" "}
          {enter.data.result.displayScore} of {enter.data.result.maximum}:{" "}
          {enter.data.result.interpretation.label}.
        </p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <ErrorSummary problem={problem} fieldTargets={fieldTargets} headingLevel={3} />
          {examinationItems.map((item) => (
            <OptionGroup
              key={item.linkId}
              id={`dn4-${item.linkId}`}
              legend={item.label}
              options={yesNo}
              isSideBySide
              value={answers[item.linkId]}
              error={problem.fields[`answers.${item.linkId}`]}
              onChange={(value) => {
                setAnswers((current) => ({ ...current, [item.linkId]: value }));
              }}
            />
          ))}
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={enter.isPending}>
              Save the examination
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
