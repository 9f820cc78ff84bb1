import type { ReactNode } from "react";
import { FieldMessages } from "./field-messages";

type FieldFrameProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** The control (input, textarea) labelled by `label`, then anything that follows it. */
  children: ReactNode;
};

/** What every single-control field shares: its label, then its hint and error next to it. */
export function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  return (
    <div className={error === undefined ? "field" : "field field--invalid"}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}
