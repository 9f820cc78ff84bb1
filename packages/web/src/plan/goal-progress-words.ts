import type { GoalRecord } from "@painplan/core";

type Progress = GoalRecord["progress"];

/** Each status in gentle words: a goal not reached is information, never a failure. */
export const goalStatusWords: Readonly<Record<Progress["status"], string>> = {
  "not-started": "Not started yet",
  "on-track": "On track",
  achieved: "Reached",
  missed: "Not reached by the date: worth talking over with your provider",
};

function rounded(value: number): string {
  return `${Math.round(value * 10) / 10}`;
}

/**
 * The numbers behind the status: the percentage with the raw points beside it (REFERENCE.md
 * §2.2: show the percentage change from baseline and raw points alongside), and the IMMPACT
 * band for pain goals. A percentage that cannot be computed (a baseline of 0) is left out.
 */
export function goalProgressWords(progress: Progress): string[] {
  const lines: string[] = [];
  if (progress.percent !== null) lines.push(`${rounded(progress.percent)} %`);
  if (progress.points !== null) lines.push(`${rounded(progress.points)} points`);
  if (progress.band !== null) lines.push(`IMMPACT band: ${progress.band}`);
  return lines;
}
