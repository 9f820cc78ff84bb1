import type { SelfServiceRole } from "@painplan/core";
import { FieldMessages } from "../forms/field-messages";

const choices: readonly { value: SelfServiceRole; label: string; hint: string }[] = [
  {
    value: "patient",
    label: "I live with pain",
    hint: "Keep a diary, make a plan, track progress.",
  },
  {
    value: "practitioner",
    label: "I treat people",
    hint: "For therapists, doctors and other practitioners.",
  },
];

export function parseRole(value: string): SelfServiceRole {
  return value === "practitioner" ? "practitioner" : "patient";
}

type RoleFieldProps = {
  id: string;
  value: SelfServiceRole;
  onChange: (value: SelfServiceRole) => void;
  error?: string | undefined;
};

export function RoleField({ id, value, onChange, error }: RoleFieldProps) {
  return (
    <fieldset
      className={error === undefined ? "field" : "field field--invalid"}
      aria-describedby={error === undefined ? undefined : `${id}-error`}
    >
      <legend className="field__label">Which describes you?</legend>
      <FieldMessages id={id} error={error} />
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input
            type="radio"
            name={id}
            id={choice.value === value ? id : undefined}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => {
              onChange(choice.value);
            }}
          />
          <span>
            <span className="choice__label">{choice.label}</span>
            <span className="choice__hint">{choice.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
