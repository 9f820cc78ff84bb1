import type { SafetyIntake } from "../safety/safety-intake.schema.js";
import { assessTherapies } from "../safety/assess-safety.js";
import { mostSevere, severityOf } from "../safety/verdict-level.js";
import type { TherapyId } from "../therapies/therapy-ids.js";
import type { Clearance, ItemSafety } from "./plan-item.schema.js";
import type { Plan } from "./plan.schema.js";

/**
 * The safety rules' answer for one plan item, from the person's safety intake: the same per-
 * therapy verdicts as the safety assessment and the pre-session check (`assessTherapies`, rules
 * and sources in core/safety). The item's level is the most severe of the therapy's own level
 * and the levels at its focus areas (an area verdict applies where the therapy is given).
 *
 * - `avoid` blocks the item (`isBlocked`) unless the person recorded that their provider cleared
 *   it (`clearance`), as issue 11 asks;
 * - `caution` and `ask-provider-first` do not block: their instructions are kept with the item,
 *   and an unanswered intake question (which gives "ask first") never stops planning;
 * - a custom item (no library therapy) has no rules: `ok`.
 * Areas the rules say to avoid that are not focus areas add "leave … out" to the instructions.
 */
export function itemSafetyVerdict(
  intake: SafetyIntake,
  therapyId: TherapyId | null,
  focusRegionIds: readonly string[],
  clearance: Clearance | null,
): ItemSafety {
  if (therapyId === null) return { level: "ok", reasons: [], instructions: [], isBlocked: false };
  const facts = { answers: intake.answers, preferences: intake.preferences };
  const verdict = assessTherapies(facts).find((entry) => entry.therapyId === therapyId);
  if (verdict === undefined) throw new Error(`Unknown therapy ${therapyId}`);
  const focus = new Set(focusRegionIds);
  const focusAreas = verdict.areas.filter((area) => focus.has(area.regionId));
  const level = mostSevere([verdict.level, ...focusAreas.map((area) => area.level)]);
  const concerning = [...verdict.reasons, ...focusAreas.flatMap((area) => area.reasons)]
    .filter((reason) => severityOf(reason.level) > severityOf("ok"))
    .sort((a, b) => severityOf(b.level) - severityOf(a.level));
  const otherAvoided = verdict.areas
    .filter((area) => !focus.has(area.regionId) && area.level === "avoid")
    .map((area) => `Leave ${area.label.toLowerCase()} out.`);
  return {
    level,
    reasons: unique(concerning.map((reason) => reason.text)),
    instructions: unique([...concerning.flatMap((reason) => reason.instructions), ...otherAvoided]),
    isBlocked: level === "avoid" && clearance === null,
  };
}

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}

/**
 * The plan with every item's safety worked out again from the person's current safety intake,
 * so what the plan shows follows their answers as they change (an item added before the safety
 * questions, or before a new blood thinner, must not keep the verdict of that day). The verdict
 * stored with an item is history (what was shown when it was saved); this is the current one.
 */
export function withCurrentSafety(plan: Plan, intake: SafetyIntake): Plan {
  return {
    ...plan,
    items: plan.items.map((item) => {
      const verdict = itemSafetyVerdict(
        intake,
        item.therapyId,
        item.focusRegionIds,
        item.clearance,
      );
      return { ...item, safety: { level: verdict.level, instructions: verdict.instructions } };
    }),
  };
}
