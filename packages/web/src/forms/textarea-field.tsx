import type { ReactNode } from "react";
import { characterCount } from "./character-count";
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
  /**
   * The field's limit from the contract (e.g. `diaryLimits.notesMaxLength`): a counter under the
   * field shows it before saving. The text is never cut: going over is said, and saving is
   * stopped by the form's own check.
   */
  maxLength?: number;
};

/** A labelled multi-line answer with its hint, error and (with a limit) a character counter. */
export function TextareaField(props: TextareaFieldProps) {
  const { id, label, value, onChange, hint, error, rows = 3, maxLength } = props;
  const count = maxLength === undefined ? undefined : characterCount(value, maxLength);
  const description = describedBy(id, hint !== undefined, error);
  const countId = `${id}-count`;
  const describedByIds = [
    description["aria-describedby"],
    count === undefined ? undefined : countId,
  ]
    .filter((part) => part !== undefined)
    .join(" ");
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
        aria-describedby={describedByIds === "" ? undefined : describedByIds}
        aria-invalid={description["aria-invalid"] ?? (count?.isOver === true ? true : undefined)}
      />
      {count !== undefined && (
        <>
          <p
            id={countId}
            className={count.isOver ? "field__count field__count--over" : "field__count"}
          >
            {count.text}
          </p>
          {/* Announced only when it matters: going over the limit. */}
          <p className="visually-hidden" aria-live="polite">
            {count.isOver ? count.text : ""}
          </p>
        </>
      )}
    </FieldFrame>
  );
}
