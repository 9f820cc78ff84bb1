import { InputField } from "../forms/input-field";
import { OptionGroup } from "../forms/option-group";
import { presetDurations } from "./schedule-defaults";

type DurationPickerProps = {
  id: string;
  /** Minutes as typed: a preset, or the custom number as text while it is being typed. */
  minutes: string;
  onChange: (minutes: string) => void;
  error?: string | undefined;
};

type DurationChoice = `${(typeof presetDurations)[number]}` | "custom";

const options: readonly { value: DurationChoice; label: string }[] = [
  ...presetDurations.map((minutes) => ({ value: `${minutes}` as const, label: `${minutes} min` })),
  { value: "custom", label: "Other" },
];

function choiceOf(minutes: string): DurationChoice {
  return presetDurations.some((preset) => `${preset}` === minutes)
    ? (minutes as DurationChoice)
    : "custom";
}

/** How long: 30, 45, 60 or 90 minutes in one tap, or any other number of minutes (1–480). */
export function DurationPicker({ id, minutes, onChange, error }: DurationPickerProps) {
  const choice = choiceOf(minutes);
  return (
    <>
      <OptionGroup
        id={id}
        legend="How long is each session?"
        isSideBySide
        options={options}
        value={choice}
        onChange={(next) => {
          onChange(next === "custom" ? "" : next);
        }}
        error={choice === "custom" ? undefined : error}
      />
      {choice === "custom" && (
        <InputField
          id={`${id}-custom`}
          label="Minutes"
          hint="From 1 to 480 minutes (8 hours)."
          inputMode="numeric"
          size="short"
          value={minutes}
          onChange={onChange}
          error={error}
        />
      )}
    </>
  );
}
