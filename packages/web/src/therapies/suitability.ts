import type { SafetyAssessment, TherapyId, VerdictLevel } from "@painplan/core";
import { isSuitable } from "../safety/verdict-words";

/**
 * What the library can say about the signed-in person: nothing yet (no intake), "see a doctor
 * first" (a red flag: no therapy is presented as fine), or a verdict per therapy.
 */
export type Suitability =
  | { status: "no-intake" }
  | { status: "red-flags" }
  | { status: "ready"; levels: ReadonlyMap<TherapyId, VerdictLevel> };

export function suitabilityFrom(assessment: SafetyAssessment): Suitability {
  if (assessment.intakeVersion === null) return { status: "no-intake" };
  if (assessment.redFlags.urgency !== "none") return { status: "red-flags" };
  const levels = new Map(assessment.therapies.map((verdict) => [verdict.therapyId, verdict.level]));
  return { status: "ready", levels };
}

/** With the "suits me" filter on: only OK and take care; without verdicts, nothing is "fine". */
export function keepSuitable<T extends { id: TherapyId }>(
  therapies: readonly T[],
  suitability: Suitability,
): T[] {
  if (suitability.status !== "ready") return [];
  return therapies.filter((therapy) => {
    const level = suitability.levels.get(therapy.id);
    return level !== undefined && isSuitable(level);
  });
}
