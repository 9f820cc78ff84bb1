import type { Interpretation } from "./questionnaire-response.schema.js";

/**
 * A positive screen, shared by every screening questionnaire: it "suggests" and sends the person
 * to their provider, never diagnoses. (Below the cut-off each screen says its score and cut-off
 * and that it can miss: `neuropathicScreenInterpretation`, `mood-screen.ts`.)
 */
export function positiveScreenInterpretation(message: string): Interpretation {
  return {
    band: "positive-screen",
    label: "Worth discussing with your provider",
    message,
    isPositiveScreen: true,
    suggestsTalkingToProvider: true,
  };
}

/** For the three neuropathic-pain screens (DN4, S-LANSS, ID Pain), above the cut-off. */
const neuropathicPositiveMessage =
  "Your answers suggest your pain may have features of nerve pain (neuropathic pain). This is " +
  "not a diagnosis. Please discuss the result with your provider, who can examine you.";

/**
 * For the neuropathic-pain screens (DN4, S-LANSS, ID Pain). Below the cut-off is never read as
 * reassurance (reference §7): the words give the score and the cut-off used, and say that a
 * screen can miss nerve pain. `cutOffNote` adds what is known about the cut-off itself.
 */
export function neuropathicScreenInterpretation(
  displayScore: string,
  cutOff: { value: number; outOf?: number; note?: string },
  isPositive: boolean,
): Interpretation {
  if (isPositive) return positiveScreenInterpretation(neuropathicPositiveMessage);
  const outOf = cutOff.outOf === undefined ? "" : ` out of ${cutOff.outOf}`;
  const note = cutOff.note === undefined ? "" : ` ${cutOff.note}`;
  return {
    band: "below-cut-off",
    label: `Below the cut-off of ${cutOff.value}${outOf} used here`,
    message:
      `Your score is ${displayScore}. The cut-off used here is ${cutOff.value} or more${outOf}.` +
      `${note} A score below the cut-off does not rule nerve pain out: a questionnaire can ` +
      "miss it. If your pain burns, tingles, shoots or hurts at a light touch, discuss it with " +
      "your provider.",
    isPositiveScreen: false,
    suggestsTalkingToProvider: false,
  };
}
