import type { ReactNode } from "react";
import { describedBy } from "./field-description";
import { FieldFrame } from "./field-frame";

type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: string;
  type?: "text" | "email" | "password";
  hint?: ReactNode;
  error?: string | undefined;
  children?: ReactNode;
};

/** A labelled input with its hint and its error next to it (and announced with it). */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, autoComplete, type = "text", hint, error, children } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        className="field__input"
        id={id}
        name={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={type === "text" ? undefined : false}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        {...describedBy(id, hint !== undefined, error)}
      />
      {children}
    </FieldFrame>
  );
}
