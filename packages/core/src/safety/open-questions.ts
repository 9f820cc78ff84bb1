import type { SafetyAnswers } from "./safety-intake.schema.js";
import { redFlagIds } from "./red-flags.js";
import { isOpen } from "./safety-answer.js";
import { safetyQuestionIds, safetyQuestions, type SafetyQuestion } from "./safety-questions.js";

/** Whether a question is asked at all, given the answers so far (follow-up questions). */
export function isAsked(answers: SafetyAnswers, question: SafetyQuestion): boolean {
  const parent = question.askedWhenYes;
  if (parent === undefined) return true;
  return (answers as Record<string, unknown>)[parent] === "yes";
}

/**
 * Field paths of questions asked but not answered (or answered "not sure"), in the order of the
 * intake; the therapies they touch say "ask your provider first".
 */
export function openQuestions(answers: SafetyAnswers): string[] {
  const yesNo = safetyQuestionIds.filter(
    (id) => isAsked(answers, safetyQuestions[id]) && isOpen(answers[id]),
  );
  const sensation =
    answers.reducedSensationRegionIds === null || answers.reducedSensationRegionIds === undefined
      ? ["reducedSensationRegionIds"]
      : [];
  const flags = redFlagIds
    .filter((id) => isOpen(answers.redFlags?.[id]))
    .map((id) => `redFlags.${id}`);
  return [...yesNo, ...sensation, ...flags];
}
