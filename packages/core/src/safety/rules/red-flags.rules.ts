import { redFlagIds, redFlags } from "../red-flags.js";
import { askFirst } from "../rule-builders.js";
import { isOpen, type MaybeAnswer } from "../safety-answer.js";
import type { Finding, SafetyFacts, SafetyRule } from "../safety-rule.js";
import { physicalTherapies } from "../therapy-groups.js";
import type { RedFlagId } from "../red-flags.js";

/** A red flag's answer: the intake's, or "yes" when the pre-session check reports it as new. */
export function redFlagAnswer(facts: SafetyFacts, id: RedFlagId): MaybeAnswer {
  if (facts.preSession?.newRedFlagIds.includes(id) === true) return "yes";
  return facts.answers.redFlags?.[id];
}

/**
 * Any warning sign puts physical therapies on hold until a clinician has seen it (reference
 * §3.4 and §6.3). The urgent-care message itself comes from `redFlagAlert`.
 */
export const redFlagRules: readonly SafetyRule[] = [
  {
    id: "red-flags-first",
    sourceId: "ref-6.3-pre-session-screen",
    otherSourceIds: redFlagIds.map((id) => redFlags[id].sourceId),
    reads: redFlagIds.map((id) => `redFlags.${id}`),
    affects: physicalTherapies,
    evaluate(facts) {
      const answers = redFlagIds.map((id) => [id, redFlagAnswer(facts, id)] as const);
      const raised: Finding[] = answers
        .filter(([, answer]) => answer === "yes")
        .map(([id]) => ({
          therapyIds: physicalTherapies,
          level: "ask-provider-first",
          text: `A warning sign needs medical care first: ${redFlags[id].question}`,
          sourceId: redFlags[id].sourceId,
        }));
      const hasOpen = answers.some(([, answer]) => isOpen(answer));
      return [...raised, ...(hasOpen ? [askFirst(physicalTherapies, "warning signs")] : [])];
    },
  },
];
