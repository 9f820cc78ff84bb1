import type { ReactNode } from "react";

type FieldMessagesProps = { id: string; hint?: ReactNode; error?: string | undefined };

/** The hint and the error of one field, with the ids the input's aria-describedby refers to. */
export function FieldMessages({ id, hint, error }: FieldMessagesProps) {
  return (
    <>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
    </>
  );
}
