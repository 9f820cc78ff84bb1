import type { InstrumentSummary, QuestionnaireOverview, Role } from "@painplan/core";

/**
 * The questionnaires a person is shown: a licensed one without its installed wording is a dead
 * end for a patient (or practitioner), so only an admin, who can install it, sees it listed.
 */
export function instrumentsShownTo(
  instruments: readonly InstrumentSummary[],
  role: Role,
): InstrumentSummary[] {
  if (role === "admin") return [...instruments];
  return instruments.filter((summary) => summary.status === "available");
}

/** What comes after a result: a check-in due now, or the soonest one later. */
export type NextCheckIn =
  | { kind: "due-now"; summary: InstrumentSummary }
  | { kind: "later"; summary: InstrumentSummary; dueOn: string };

/**
 * The next check-in after finishing `justAnsweredId`: the first other questionnaire due today
 * (in the overview's order), else the available, scheduled one with the soonest due day (often
 * the one just answered, e.g. the PEG again in a week); undefined when nothing is scheduled.
 */
export function nextCheckIn(
  overview: QuestionnaireOverview,
  justAnsweredId: string,
): NextCheckIn | undefined {
  const available = overview.instruments.filter((summary) => summary.status === "available");
  const dueNow = available.find(
    (summary) => summary.id !== justAnsweredId && overview.due.includes(summary.id),
  );
  if (dueNow !== undefined) return { kind: "due-now", summary: dueNow };
  const later = available
    .flatMap((summary) => {
      const { dueOn } = summary.schedule;
      return dueOn !== null && dueOn > overview.today ? [{ summary, dueOn }] : [];
    })
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  const first = later[0];
  return first === undefined ? undefined : { kind: "later", ...first };
}
