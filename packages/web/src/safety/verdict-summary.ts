import type { SafetyReason, SafetySourceId, TherapyVerdict } from "@painplan/core";

export type VerdictSummary = {
  /** Why, in one short paragraph: the reasons that come from answers, each said once. */
  why: readonly string[];
  /** What to do, from the therapy and its areas, each instruction once. */
  whatToDo: readonly string[];
  sourceIds: readonly SafetySourceId[];
  openQuestionReasons: readonly SafetyReason[];
};

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * A therapy's verdict shortened for the results list, where thirty therapies sit one under the
 * other: the same advice for both feet or from two rules is said once.
 */
export function summarizeVerdict(verdict: TherapyVerdict): VerdictSummary {
  const all = [...verdict.reasons, ...verdict.areas.flatMap((area) => area.reasons)];
  const fromAnswers = all.filter((reason) => reason.basis === "answer");
  return {
    why: unique(verdict.reasons.filter((r) => r.basis === "answer").map((r) => r.text)),
    whatToDo: unique(fromAnswers.flatMap((reason) => reason.instructions)),
    sourceIds: unique(fromAnswers.map((reason) => reason.sourceId)),
    openQuestionReasons: verdict.reasons.filter((reason) => reason.basis === "open-question"),
  };
}
