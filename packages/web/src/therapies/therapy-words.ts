import type { EvidenceCertainty, TherapyKind } from "@painplan/core";

/** Plain names for the kinds, as the filter and the cards show them. */
export const kindNames: Readonly<Record<TherapyKind, string>> = {
  massage: "Massage",
  acupuncture: "Acupuncture",
  yoga: "Yoga poses",
  mindfulness: "Mindfulness and relaxation",
  other: "Other treatments",
};

/** How sure the research is, said as a person would say it (never a bare grade). */
export const certaintyWords: Readonly<Record<EvidenceCertainty, string>> = {
  "not-assessed": "Not yet looked at: we have no source for this yet",
  insufficient: "Not enough research to say",
  "very-low": "Very unsure: only a few small studies",
  low: "Unsure: small or few studies",
  moderate: "Fairly sure: several good studies",
  high: "Sure: many good studies agree",
};

/** Short form for a card. */
export const certaintyShortWords: Readonly<Record<EvidenceCertainty, string>> = {
  "not-assessed": "not yet assessed",
  insufficient: "not enough research",
  "very-low": "very unsure",
  low: "unsure",
  moderate: "fairly sure",
  high: "sure",
};

/** "30 minutes", "30–60 minutes"; null (medication) has no session length. */
export function minutesText(range: { min: number; max: number } | null): string | undefined {
  if (range === null) return undefined;
  if (range.min === range.max) return `${range.min} minutes`;
  return `${range.min}–${range.max} minutes`;
}
