import type { ReactNode } from "react";
import { describedBy } from "./field-description";
import { FieldFrame } from "./field-frame";

type InputFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "date" | "datetime-local";
  /** "numeric" / "decimal" bring up the number keypad on phones. */
  inputMode?: "text" | "numeric" | "decimal";
  autoComplete?: string;
  /** The id of a <datalist> of suggestions. */
  suggestions?: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Narrow fields (a year, a dose) need not stretch across the page. */
  size?: "short" | "full";
};

/** A labelled input for short answers that are not account details: dates, doses, years. */
export function InputField(props: InputFieldProps) {
  const { id, label, value, onChange, type = "text", inputMode, autoComplete = "off" } = props;
  const { suggestions, hint, error, size = "full" } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        className={size === "short" ? "field__input field__input--short" : "field__input"}
        id={id}
        name={id}
        type={type}
        value={value}
        inputMode={inputMode}
        autoComplete={autoComplete}
        list={suggestions}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        {...describedBy(id, hint !== undefined, error)}
      />
    </FieldFrame>
  );
}
