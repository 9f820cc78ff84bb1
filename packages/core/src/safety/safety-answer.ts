/**
 * One answer to a yes/no safety question. "not-sure" is a real answer, and so is no answer at
 * all (null or absent): neither is ever read as "no" (see docs/safety.md).
 */
export const yesNoAnswers = ["yes", "no", "not-sure"] as const;
export type YesNoAnswer = (typeof yesNoAnswers)[number];

/** An answer as stored: `null` or `undefined` means the question was not answered. */
export type MaybeAnswer = YesNoAnswer | null | undefined;

/** Only a clear "no" rules a risk out; unanswered and "not sure" do not. */
export function isKnownNo(answer: MaybeAnswer): boolean {
  return answer === "no";
}

export function isYes(answer: MaybeAnswer): boolean {
  return answer === "yes";
}

/** Unanswered or "not sure": the rules answer "ask your provider first" for what it affects. */
export function isOpen(answer: MaybeAnswer): boolean {
  return answer !== "yes" && answer !== "no";
}
