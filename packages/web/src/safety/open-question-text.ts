import { reducedSensationQuestion, redFlags, safetyQuestions } from "@painplan/core";

/** The question behind an id the assessment lists as open, in the words the wizard used. */
export function openQuestionText(id: string): string {
  if (id in safetyQuestions) return safetyQuestions[id as keyof typeof safetyQuestions].text;
  if (id in redFlags) return redFlags[id as keyof typeof redFlags].question;
  if (id.startsWith("reducedSensation")) return reducedSensationQuestion;
  return id;
}
