import type { VerdictLevel } from "@painplan/core";

type VerdictWords = { word: string; icon: string; meaning: string };

/**
 * Each verdict has a word and an icon as well as a colour, so it never rests on colour alone
 * (the icon is decorative; the word carries the meaning for a screen reader).
 */
export const verdictWords: Readonly<Record<VerdictLevel, VerdictWords>> = {
  ok: { word: "OK for you", icon: "✓", meaning: "Nothing in your answers speaks against it." },
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
