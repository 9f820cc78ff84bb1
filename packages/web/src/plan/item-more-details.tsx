import { OptionGroup } from "../forms/option-group";
import type { FormProblem } from "../forms/form-problem";
import { InputField } from "../forms/input-field";
import { TextareaField } from "../forms/textarea-field";
import type { PersonDates } from "../ui/person-dates";
import { AreaPicker } from "./area-picker";
import type { ItemDraft } from "./item-draft";
import { PressurePicker } from "./pressure-picker";

type ItemMoreDetailsProps = {
  values: ItemDraft;
  setValue: (update: (previous: ItemDraft) => ItemDraft) => void;
  problem: FormProblem;
  dates: PersonDates;
  /** False when the form shows the reason outside the fold (changing a saved item). */
  hasReason: boolean;
};

type EndChoice = ItemDraft["end"]["kind"];

const endOptions: readonly { value: EndChoice; label: string }[] = [
  { value: "never", label: "No end date" },
  { value: "until", label: "Until a date" },
  { value: "count", label: "After a number of sessions" },
];

/** Everything optional, folded away: it opens by itself when one of its fields needs a look. */
export function ItemMoreDetails(props: ItemMoreDetailsProps) {
  const { values, setValue, problem, dates, hasReason } = props;
  const hasError = [
    "schedule.end",
    "schedule.end.date",
    "schedule.end.count",
    "notes",
    "reason",
  ].some((field) => problem.fields[field] !== undefined);
  return (
    <details className="plan-more" open={hasError ? true : undefined}>
      <summary className="plan-more__summary">More: pressure, body areas, end, notes</summary>
      <PressurePicker
        id="item-pressure"
        value={values.pressure}
        onChange={(pressure) => {
          setValue((previous) => ({ ...previous, pressure }));
        }}
      />
      <AreaPicker
        idPrefix="item-areas"
        focusAreas={values.focusAreas}
        avoidAreas={values.avoidAreas}
        onChange={(areas) => {
          setValue((previous) => ({ ...previous, ...areas }));
        }}
      />
      <OptionGroup
        id="item-end"
        legend="Ends"
        options={endOptions}
        value={values.end.kind}
        onChange={(kind) => {
          setValue((previous) => ({ ...previous, end: endOf(kind, dates.today) }));
        }}
        error={problem.fields["schedule.end"]}
      />
      {values.end.kind === "until" && (
        <InputField
          id="item-end-date"
          label="Last day"
          type="date"
          size="short"
          value={values.end.date}
          onChange={(date) => {
            setValue((previous) => ({ ...previous, end: { kind: "until", date } }));
          }}
          error={problem.fields["schedule.end.date"]}
        />
      )}
      {values.end.kind === "count" && (
        <InputField
          id="item-end-count"
          label="Number of sessions"
          inputMode="numeric"
          size="short"
          value={values.end.count}
          onChange={(count) => {
            setValue((previous) => ({ ...previous, end: { kind: "count", count } }));
          }}
          error={problem.fields["schedule.end.count"]}
        />
      )}
      <TextareaField
        id="item-notes"
        label="Notes (optional)"
        value={values.notes}
        onChange={(notes) => {
          setValue((previous) => ({ ...previous, notes }));
        }}
        error={problem.fields["notes"]}
      />
      {hasReason && <ReasonField values={values} setValue={setValue} problem={problem} />}
    </details>
  );
}

function endOf(kind: EndChoice, today: string): ItemDraft["end"] {
  if (kind === "until") return { kind, date: today };
  if (kind === "count") return { kind, count: "10" };
  return { kind };
}

type ReasonFieldProps = Pick<ItemMoreDetailsProps, "values" | "setValue" | "problem">;

/** Why this change: kept with the new version in the plan's history. */
export function ReasonField({ values, setValue, problem }: ReasonFieldProps) {
  return (
    <InputField
      id="item-reason"
      label="Why this change (optional)"
      hint="Kept in your plan's history, for example “my physiotherapist suggested it”."
      value={values.reason}
      onChange={(reason) => {
        setValue((previous) => ({ ...previous, reason }));
      }}
      error={problem.fields["reason"]}
    />
  );
}
