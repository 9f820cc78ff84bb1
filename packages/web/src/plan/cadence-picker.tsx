import { InputField } from "../forms/input-field";
import { OptionGroup } from "../forms/option-group";
import { switchChoice, weekdayNames, type CadenceChoice, type CadenceDraft } from "./cadence-draft";
import { WeeksStepper } from "./weeks-stepper";

type CadencePickerProps = {
  id: string;
  value: CadenceDraft;
  onChange: (value: CadenceDraft) => void;
  error?: string | undefined;
};

const choices: readonly { value: CadenceChoice; label: string }[] = [
  { value: "weekly", label: "Every week or every few weeks" },
  { value: "days-of-week", label: "Some days each week (for example twice a week)" },
  { value: "daily", label: "Every day" },
  { value: "monthly", label: "Once a month" },
  { value: "after-last-held", label: "A few weeks after the last session I actually had" },
  { value: "custom", label: "Something else (a calendar rule)" },
];

/** How often, in plain words: one choice, then only the few details that choice needs. */
export function CadencePicker({ id, value, onChange, error }: CadencePickerProps) {
  return (
    <>
      <OptionGroup
        id={id}
        legend="How often?"
        options={choices}
        value={value.choice}
        onChange={(choice) => {
          onChange(switchChoice(value, choice));
        }}
        error={error}
      />
      <CadenceDetails id={id} value={value} onChange={onChange} />
    </>
  );
}

function CadenceDetails({ id, value, onChange }: Omit<CadencePickerProps, "error">) {
  switch (value.choice) {
    case "daily":
    case "monthly":
      return null;
    case "weekly":
      return (
        <>
          <WeeksStepper
            id={`${id}-weeks`}
            label="Every how many weeks?"
            weeks={value.weeks}
            onChange={(weeks) => {
              onChange({ ...value, weeks });
            }}
          />
          <DayChoice
            id={`${id}-days`}
            legend="On which day? (optional: the start date's day if none)"
            days={value.days}
            onChange={(days) => {
              onChange({ ...value, days });
            }}
          />
        </>
      );
    case "days-of-week":
      return (
        <DayChoice
          id={`${id}-days`}
          legend="On which days?"
          days={value.days}
          onChange={(days) => {
            onChange({ ...value, days });
          }}
        />
      );
    case "after-last-held":
      return (
        <WeeksStepper
          id={`${id}-weeks`}
          label="How many weeks after the last session?"
          hint="The next one moves if a session is late or early, instead of keeping a fixed grid."
          weeks={value.weeks}
          onChange={(weeks) => {
            onChange({ ...value, weeks });
          }}
        />
      );
    case "custom":
      return (
        <InputField
          id={`${id}-rrule`}
          label="Calendar rule"
          hint="An RFC 5545 rule, such as FREQ=WEEKLY;INTERVAL=3;BYDAY=TU. The preview below shows what it means."
          value={value.rrule}
          onChange={(rrule) => {
            onChange({ ...value, rrule });
          }}
        />
      );
  }
}

type DayChoiceProps = {
  id: string;
  legend: string;
  days: CadenceDraft extends infer D ? (D extends { days: infer X } ? X : never) : never;
  onChange: (days: DayChoiceProps["days"]) => void;
};

function DayChoice({ id, legend, days, onChange }: DayChoiceProps) {
  return (
    <OptionGroup
      id={id}
      legend={legend}
      isMultiple
      isSideBySide
      options={weekdayNames.map((day) => ({ value: day.code, label: day.name }))}
      values={days}
      onChangeMany={onChange}
    />
  );
}
