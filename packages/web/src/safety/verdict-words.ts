import type { VerdictLevel } from "@painplan/core";

type VerdictWords = { word: string; icon: string; meaning: string };

/**
 * Each verdict has a word and an icon as well as a colour, so it never rests on colour alone
 * (the icon is decorative; the word carries the meaning for a screen reader).
 */
export const verdictWords: Readonly<Record<VerdictLevel, VerdictWords>> = {
  // Not a clearance (reference §7): only what the answers given show. Where a verdict is shown
  // on its own, `noConcernExplanation` from core adds what was not asked.
  ok: {
    word: "No concern found",
    icon: "✓",
    meaning: "No concern found from the answers you gave. This is not a medical clearance.",
  },
  caution: {
    word: "Take care",
    icon: "!",
    meaning: "Fine with some changes: show your therapist the steps below.",
  },
  "ask-provider-first": {
    word: "Ask your provider first",
    icon: "?",
    meaning: "Check with your doctor or care team before you try it.",
  },
  avoid: { word: "Avoid", icon: "✕", meaning: "Not for you now, or not in the areas listed." },
};

/** The order results are read in: what needs attention first. */
export const verdictReadingOrder: readonly VerdictLevel[] = [
  "avoid",
  "ask-provider-first",
  "caution",
  "ok",
];

/** "OK" and "take care" suit the person; the library's "suits me" filter keeps only these. */
export function isSuitable(level: VerdictLevel): boolean {
  return level === "ok" || level === "caution";
}
