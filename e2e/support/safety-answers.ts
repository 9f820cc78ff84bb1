import { redFlagIds, safetyQuestionIds } from "@painplan/core";

/**
 * Safety answers with every yes/no question and every red flag answered "no" and no numb areas
 * (core's own lists, so a question added later is answered here too), then `changes` on top,
 * e.g. `{ bloodThinners: "yes" }`. The `answers` of a saved safety intake.
 */
export function safetyAnswersAllNo(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...Object.fromEntries(safetyQuestionIds.map((id) => [id, "no"])),
    reducedSensationRegionIds: [],
    redFlags: Object.fromEntries(redFlagIds.map((id) => [id, "no"])),
    ...changes,
  };
}
