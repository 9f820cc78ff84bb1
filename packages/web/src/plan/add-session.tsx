import type { Plan, PlanItem } from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { describedBy } from "../forms/field-description";
import { FieldFrame } from "../forms/field-frame";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { InputField } from "../forms/input-field";
import { SubmitButton } from "../forms/submit-button";
import { WallTimeField, type WallTimeValue } from "../forms/wall-time-field";
import type { PersonDates } from "../ui/person-dates";
import { useAddOccurrence } from "./plan-queries";
import { writeConflictWords } from "./write-conflict";

type AddSessionProps = {
  plan: Plan;
  /** The local day the calendar shows; the new session starts there by default. */
  day: string;
  dates: PersonDates;
};

const fieldTargets = {
  itemId: { id: "extra-item", label: "Which therapy" },
  start: { id: "extra-start", label: "When" },
  durationMinutes: { id: "extra-minutes", label: "Length in minutes" },
} as const;

/** The first day of the extra session's wall time: the chosen day at the item's usual time. */
function startFor(item: PlanItem | undefined, day: string): string {
  return `${day}T${item?.schedule.timeOfDay ?? "10:00"}`;
}

/**
 * One extra session of an item outside its series (a catch-up massage, an extra class), from
 * the calendar: which item, when on the person's clock, how long (the item's usual length).
 * The series itself does not change.
 */
export function AddSession({ plan, day, dates }: AddSessionProps) {
  const first = plan.items[0];
  const [itemId, setItemId] = useState(first?.id ?? "");
  const [start, setStart] = useState<WallTimeValue>({
    wallTime: startFor(first, day),
    occurrence: null,
  });
  const [minutes, setMinutes] = useState(String(first?.schedule.durationMinutes ?? 60));
  const [saved, setSaved] = useState("");
  const add = useAddOccurrence();
  const problem = formProblemFrom(add.error, Object.keys(fieldTargets));
  if (plan.items.length === 0) return null;

  const chooseItem = (id: string) => {
    const item = plan.items.find((entry) => entry.id === id);
    setItemId(id);
    setStart({
      wallTime: startFor(item, /^\d{4}-\d{2}-\d{2}/.exec(start.wallTime)?.[0] ?? day),
      occurrence: null,
    });
    setMinutes(String(item?.schedule.durationMinutes ?? 60));
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    setSaved("");
    const title = plan.items.find((entry) => entry.id === itemId)?.title ?? "";
    const trimmed = minutes.trim();
    add.mutate(
      {
        plan,
        itemId,
        start: start.wallTime,
        durationMinutes: /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN,
      },
      {
        onSuccess: ({ occurrence }) => {
          setSaved(
            `Extra session of ${title} added: ${dates.dayName(occurrence.localDate)} at ${occurrence.localTime}.`,
          );
        },
      },
    );
  };
  return (
    <details className="plan-more">
      <summary className="plan-more__summary">Add an extra session</summary>
      <form className="form" noValidate onSubmit={submit}>
        <p>One extra session; the rest of the series stays as it is.</p>
        {writeConflictWords(add.error) === undefined ? (
          <ErrorSummary problem={problem} fieldTargets={fieldTargets} headingLevel={3} />
        ) : (
          <p className="field__error" role="alert">
            {writeConflictWords(add.error)}
          </p>
        )}
        <FieldFrame id="extra-item" label="Which therapy" error={problem.fields["itemId"]}>
          <select
            className="field__input field__select"
            id="extra-item"
            name="extra-item"
            value={itemId}
            onChange={(event) => {
              chooseItem(event.target.value);
            }}
            {...describedBy("extra-item", false, problem.fields["itemId"])}
          >
            {plan.items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        </FieldFrame>
        <WallTimeField
          id="extra-start"
          label="When"
          hint="Date and time on your clock."
          timeZone={dates.timeZone}
          value={start}
          onChange={setStart}
          error={problem.fields["start"]}
        />
        <InputField
          id="extra-minutes"
          label="Length in minutes"
          inputMode="numeric"
          size="short"
          value={minutes}
          onChange={setMinutes}
          error={problem.fields["durationMinutes"]}
        />
        <div className="form__actions">
          <SubmitButton isBusy={add.isPending} busyLabel="Adding…">
            Add this session
          </SubmitButton>
          <p className="form__status" role="status">
            {saved}
          </p>
        </div>
      </form>
    </details>
  );
}
