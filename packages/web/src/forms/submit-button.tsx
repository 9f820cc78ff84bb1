import type { ReactNode } from "react";

type SubmitButtonProps = { isBusy: boolean; busyLabel: string; children: ReactNode };

/**
 * Not `disabled` while busy: a disabled button drops keyboard focus to the page start. The form
 * ignores submits while busy instead.
 */
export function SubmitButton({ isBusy, busyLabel, children }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      className="button button--primary"
      aria-disabled={isBusy ? true : undefined}
    >
      {isBusy ? busyLabel : children}
    </button>
  );
}
