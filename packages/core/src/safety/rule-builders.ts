import { regionsOfPart, type BodyPart } from "../body-map/body-regions.js";
import type { TherapyId } from "../therapies/therapy-ids.js";
import { isOpen, isYes, type MaybeAnswer } from "./safety-answer.js";
import type { Finding, SafetyFacts, SafetyRule } from "./safety-rule.js";
import type { SafetySourceId } from "./safety-sources.js";

/** "Ask first" for every therapy a question touches while the question is open. */
export function askFirst(therapyIds: readonly TherapyId[], topic: string): Finding {
  return {
    therapyIds,
    level: "ask-provider-first",
    text: `We do not know yet about ${topic}. Answer that safety question, or check with your provider first.`,
    basis: "open-question",
  };
}

type AnswerRuleConfig = {
  id: string;
  sourceId: SafetySourceId;
  otherSourceIds?: readonly SafetySourceId[];
  reads: readonly string[];
  /** Plain words for the open-question message: "blood thinners". */
  topic: string;
  affects: readonly TherapyId[];
  answers: (facts: SafetyFacts) => readonly MaybeAnswer[];
  onYes: (facts: SafetyFacts) => readonly Finding[];
};

/**
 * The common rule shape: any "yes" among its answers gives `onYes`; any open answer adds "ask
 * first" for everything it affects. Both can hold at once, so turning a "no" into a "yes" only
 * ever adds findings (the monotonicity the property tests check).
 */
export function answerRule(config: AnswerRuleConfig): SafetyRule {
  return {
    id: config.id,
    sourceId: config.sourceId,
    ...(config.otherSourceIds === undefined ? {} : { otherSourceIds: config.otherSourceIds }),
    reads: config.reads,
    affects: config.affects,
    evaluate(facts) {
      const answers = config.answers(facts);
      return [
        ...(answers.some(isYes) ? config.onYes(facts) : []),
        ...(answers.some(isOpen) ? [askFirst(config.affects, config.topic)] : []),
      ];
    },
  };
}

/** Region ids of some body parts, e.g. both feet. */
export function regionIdsOfParts(...parts: readonly BodyPart[]): string[] {
  return parts.flatMap((part) => regionsOfPart(part).map((region) => region.id));
}

/** Where a finding applies: the given areas, or `fallback` when the person named none. */
export function areasOr(
  regionIds: readonly string[] | undefined,
  fallback: readonly string[],
): readonly string[] {
  return regionIds !== undefined && regionIds.length > 0 ? regionIds : fallback;
}
