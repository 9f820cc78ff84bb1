import { isApiError } from "../api/api-error";

/** What went wrong with a submit, split into messages beside fields and one for the whole form. */
export type FormProblem = {
  summary: string | undefined;
  fields: Readonly<Record<string, string>>;
};

export const noProblem: FormProblem = { summary: undefined, fields: {} };

const gentleMessages: Partial<Record<string, string>> = {
  invalid_credentials:
    "That email and password do not match an account. Please check both and try again.",
  csrf_failed:
    "This page is out of date, perhaps because you signed in or out in another tab. Reload the page and try again.",
  network_error:
    "We could not reach PainPlan. Please check your connection and try again; what you typed is kept.",
  internal_error: "Something went wrong on our side. What you typed is kept; please try again.",
  service_unavailable:
    "PainPlan is not available right now. What you typed is kept; please try again in a moment.",
};

function waitMessage(retryAfterSeconds: number | undefined): string {
  const minutes = Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60));
  const duration = minutes === 1 ? "about a minute" : `about ${minutes} minutes`;
  return `Too many tries in a row. To keep your account safe, please wait ${duration} and try again.`;
}

/**
 * Field errors for fields this form shows go next to them; anything else (and errors with no
 * field) goes in the summary, so no message is ever silently dropped.
 */
export function formProblemFrom(error: unknown, knownFields: readonly string[]): FormProblem {
  if (error === null || error === undefined) return noProblem;
  if (!isApiError(error)) return { summary: gentleMessages["internal_error"], fields: {} };
  const fields: Record<string, string> = {};
  const leftOver: string[] = [];
  for (const fieldError of error.fieldErrors) {
    if (knownFields.includes(fieldError.path)) fields[fieldError.path] ??= fieldError.message;
    else leftOver.push(fieldError.message);
  }
  const hasFieldErrors = Object.keys(fields).length > 0;
  if (error.code === "too_many_attempts") {
    return { summary: waitMessage(error.retryAfterSeconds), fields };
  }
  const summary =
    leftOver.length > 0
      ? leftOver.join(" ")
      : hasFieldErrors
        ? undefined
        : (gentleMessages[error.code] ?? error.message);
  return { summary, fields };
}

/**
 * The field messages in the order the fields appear on the form: `fieldTargets` lists them in
 * form order; messages for fields it does not list come last, in the order they arrived.
 */
export function fieldErrorsInFormOrder(
  fields: Readonly<Record<string, string>>,
  fieldTargets: Readonly<Record<string, unknown>>,
): [field: string, message: string][] {
  const order = Object.keys(fieldTargets);
  const rank = (field: string) => {
    const index = order.indexOf(field);
    return index === -1 ? order.length : index;
  };
  return Object.entries(fields)
    .map((entry, arrival) => ({ entry, arrival }))
    .sort((a, b) => rank(a.entry[0]) - rank(b.entry[0]) || a.arrival - b.arrival)
    .map(({ entry }) => entry);
}
