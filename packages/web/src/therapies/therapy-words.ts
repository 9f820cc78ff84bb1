import type {
  EvidenceCertainty,
  SourceVerification,
  TherapyKind,
  TypicalFrequency,
} from "@painplan/core";

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

/**
 * What a reader should know about how firm a source is, said plainly; nothing when we read the
 * source itself (the usual case). Never our own review jargon.
 */
export const sourceStrengthWords: Readonly<Record<SourceVerification, string | undefined>> = {
  verified: undefined,
  secondary: "We could only read a summary of this source, so take it as a weak one.",
  unverified: "We have not been able to read this source ourselves: take it as a weak one.",
};

const linkPlaces: readonly { host: string; words: string; isSearch?: boolean }[] = [
  { host: "doi.org", words: "the publisher's page" },
  { host: "pubmed.ncbi.nlm.nih.gov", words: "PubMed" },
  { host: "pmc.ncbi.nlm.nih.gov", words: "the full text on PubMed Central" },
  { host: "www.cochranelibrary.com", words: "the Cochrane Library" },
  { host: "clinicaltrials.gov", words: "ClinicalTrials.gov" },
];

/**
 * Where a source link goes, in words, so no one is surprised by the page it opens: "PubMed",
 * "a PubMed search (we hold no direct link)", "the publisher's page"; the site's name otherwise.
 */
export function sourceLinkPlace(url: string): string {
  const parsed = new URL(url);
  if (parsed.hostname === "pubmed.ncbi.nlm.nih.gov" && parsed.searchParams.has("term")) {
    return "a PubMed search (we hold no direct link)";
  }
  const known = linkPlaces.find((place) => place.host === parsed.hostname);
  return known?.words ?? `the journal's site (${parsed.hostname.replace(/^www\./, "")})`;
}

const range = (min: number, max: number) => (min === max ? `${min}` : `${min}–${max}`);

/**
 * How often, short enough for a card: "2–5 times a week", "every 1–2 weeks", "as prescribed".
 * The full label, with what the trials did, is on the therapy's own page (on a card it was the
 * same long sentence on twelve yoga cards).
 */
export function frequencyShortText(frequency: TypicalFrequency): string {
  switch (frequency.basis) {
    case "times-per-week":
      return frequency.max === 1 && frequency.min === 1
        ? "once a week"
        : `${range(frequency.min, frequency.max)} times a week`;
    case "every-weeks":
      return frequency.max === 1 && frequency.min === 1
        ? "every week"
        : `every ${range(frequency.min, frequency.max)} weeks`;
    case "as-prescribed":
      return "as prescribed";
  }
}
