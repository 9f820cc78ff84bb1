import type { Interpretation } from "./questionnaire-response.schema.js";

/**
 * Wording shared by every screening questionnaire. A screen never diagnoses: a positive one
 * "suggests" and sends the person to their provider; a negative one does not rule anything out.
 */
export function screenInterpretation(
  isPositive: boolean,
  words: { positive: string; negative: string },
): Interpretation {
  return isPositive
    ? {
        band: "positive-screen",
        label: "Worth discussing with your provider",
        message: words.positive,
        isPositiveScreen: true,
        suggestsTalkingToProvider: true,
      }
    : {
        band: "negative-screen",
        label: "Nothing flagged by this questionnaire",
        message: words.negative,
        isPositiveScreen: false,
        suggestsTalkingToProvider: false,
      };
}

/** For the three neuropathic-pain screens (DN4, S-LANSS, ID Pain). */
export const neuropathicScreenWords = {
  positive:
    "Your answers suggest your pain may have features of nerve pain (neuropathic pain). This is " +
    "not a diagnosis. Please discuss the result with your provider, who can examine you.",
  negative:
    "Your answers do not point to features of nerve pain on this questionnaire. This does not " +
    "rule anything out: if you are unsure about your pain, discuss it with your provider.",
} as const;
