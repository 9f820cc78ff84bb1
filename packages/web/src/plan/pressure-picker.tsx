import type { Pressure } from "@painplan/core";
import { OptionGroup } from "../forms/option-group";

type PressurePickerProps = {
  id: string;
  value: Pressure | null;
  onChange: (value: Pressure | null) => void;
};

type PressureChoice = Pressure | "none";

const options: readonly { value: PressureChoice; label: string }[] = [
  { value: "light", label: "Light" },
  { value: "medium", label: "Medium" },
  { value: "firm", label: "Firm" },
  { value: "none", label: "Does not apply" },
];

/** Pressure or intensity, light to firm; "does not apply" for practices without touch. */
export function PressurePicker({ id, value, onChange }: PressurePickerProps) {
  return (
    <OptionGroup
      id={id}
      legend="Pressure or intensity"
      isSideBySide
      options={options}
      value={value ?? "none"}
      onChange={(choice) => {
        onChange(choice === "none" ? null : choice);
      }}
    />
  );
}
