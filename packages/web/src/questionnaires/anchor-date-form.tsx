import { useState, type SubmitEvent } from "react";
import { formProblemFrom } from "../forms/form-problem";
import { InputField } from "../forms/input-field";
import { SubmitButton } from "../forms/submit-button";
import { useUpdateQuestionnaireSettings } from "./questionnaire-queries";

type AnchorDateFormProps = { userId: string; current: string | null };

/** PGIC asks "since when?": the person picks the start date (usually a treatment's start). */
export function AnchorDateForm({ userId, current }: AnchorDateFormProps) {
  const [date, setDate] = useState(current ?? "");
  const [isSaved, setIsSaved] = useState(false);
  const update = useUpdateQuestionnaireSettings(userId);
  const problem = formProblemFrom(update.error, ["pgicAnchorDate"]);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    setIsSaved(false);
    update.mutate(
      { pgicAnchorDate: date === "" ? null : date },
      {
        onSuccess: () => {
          setIsSaved(true);
        },
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-label="Start date for changes">
      <InputField
        id="pgic-anchor-date"
        label="Start date for “how have things changed?”"
        hint="Usually the day you started a treatment or your plan. The question asks about change since then."
        type="date"
        size="short"
        value={date}
        onChange={(value) => {
          setIsSaved(false);
          setDate(value);
        }}
        error={problem.fields["pgicAnchorDate"] ?? problem.summary}
      />
      <div className="form__actions">
        <SubmitButton isBusy={update.isPending} busyLabel="Saving…">
          Save start date
        </SubmitButton>
        <p className="form__status" role="status">
          {isSaved ? "Start date saved." : ""}
        </p>
      </div>
    </form>
  );
}
