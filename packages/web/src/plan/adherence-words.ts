import { adherencePercent, type Adherence, type MissedReason } from "@painplan/core";

/** The reasons, in the order the buttons show them, in plain words. */
export const missedReasonWords: Readonly<Record<MissedReason, string>> = {
  flare: "Flare",
  cost: "Cost",
  "therapist-cancelled": "Therapist cancelled",
  forgot: "Forgot",
  other: "Other",
};

const sessions = (count: number) => (count === 1 ? "1 session" : `${count} sessions`);

/**
 * Adherence in words, for a period described by `period` ("in the last 4 weeks"): a count
 * first, the percent after it, and "nothing planned" when nothing was due — never 0 % or 100 %
 * for an empty period. Sessions still to come today are mentioned, not counted.
 */
export function adherenceWords(adherence: Adherence, period: string): string {
  const toCome = adherence.upcoming > 0 ? ` ${sessions(adherence.upcoming)} still to come.` : "";
  if (adherence.kind === "nothing-planned") {
    return `Nothing was planned ${period}.${toCome}`;
  }
  const percent = adherencePercent(adherence) ?? 0;
  return `${adherence.done} of ${sessions(adherence.expected)} done ${period} (${percent} %).${toCome}`;
}

/** Adherence in a table cell: "3 of 4 (75 %)" or "nothing planned". */
export function adherenceShort(adherence: Adherence): string {
  if (adherence.kind === "nothing-planned") return "nothing planned";
  return `${adherence.done} of ${adherence.expected} (${adherencePercent(adherence) ?? 0} %)`;
}
