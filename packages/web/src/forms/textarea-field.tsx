import type { ReactNode } from "react";
import { describedBy } from "./field-description";
import { FieldFrame } from "./field-frame";

type TextareaFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  rows?: number;
};

/** A labelled multi-line answer with its hint and error next to it. */
export function TextareaField(props: TextareaFieldProps) {
  const { id, label, value, onChange, hint, error, rows = 3 } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        className="field__input field__textarea"
        id={id}
        name={id}
        rows={rows}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        {...describedBy(id, hint !== undefined, error)}
      />
    </FieldFrame>
  );
}
