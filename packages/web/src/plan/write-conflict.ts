import { isApiError } from "../api/api-error";

/** True for a 409 `write_conflict`: the plan changed since the page loaded it. */
export function isWriteConflict(error: unknown): boolean {
  return isApiError(error) && error.code === "write_conflict";
}

/** A 409 in plain words: nothing was overwritten; the plan is shown again as it now is. */
export function writeConflictWords(error: unknown): string | undefined {
  if (!isWriteConflict(error)) return undefined;
  return "Your plan changed in the meantime (perhaps in another tab). Nothing was overwritten; it is shown as it is now, so please try again.";
}
