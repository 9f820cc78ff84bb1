import type { RecallPeriod } from "./recall-periods.js";

/** How one 0–10 score of a pain entry is asked, named and exported. */
export type PainScoreField = {
  /** The time span the number describes (clinical reference §1.1). */
  recallPeriod: RecallPeriod;
  /** Its name in summaries, history and reports: "Average pain over the last 24 hours". */
  label: string;
  /** The question on the form (the label where a question reads better). */
  question: string;
  /** A line under the question, where the anchors need saying. */
  hint?: string;
  /** What 0 and 10 mean, in the person's words. */
  lowAnchor: string;
  highAnchor: string;
  /** The CSV column, which carries the recall period in its name. */
  csvColumn: string;
  /** The contract's description (OpenAPI). */
  description: string;
};

/** What 0 and 10 mean on every pain intensity scale (entry scores and body regions alike). */
export const painIntensityAnchors = {
  lowAnchor: "no pain",
  highAnchor: "worst pain you can imagine",
} as const;

/**
 * The scores of a pain entry, defined once for the contract, the web forms and summaries, the
 * entry history and the exports. Each is a whole number 0–10 both ways through the API; its
 * recall period is fixed per score, stated here and in the contract (`x-recall-period`), and
 * stored beside every value.
 */
export const painScoreFields = {
  intensityNow: {
    recallPeriod: "now",
    label: "Pain right now",
    question: "Pain right now",
    hint: "0 is no pain, 10 is the worst pain you can imagine.",
    ...painIntensityAnchors,
    csvColumn: "intensity_now",
    description: "Pain right now, 0 (no pain) to 10 (worst imaginable).",
  },
  averageIntensity: {
    recallPeriod: "last-24h",
    label: "Average pain over the last 24 hours",
    question: "Average pain over the last 24 hours",
    ...painIntensityAnchors,
    csvColumn: "average_intensity_last_24h",
    description: "Average pain over the last 24 hours, 0–10; null if not given.",
  },
  worstIntensity: {
    recallPeriod: "last-24h",
    label: "Worst pain over the last 24 hours",
    question: "Worst pain over the last 24 hours",
    ...painIntensityAnchors,
    csvColumn: "worst_intensity_last_24h",
    description: "Worst pain over the last 24 hours, 0–10; null if not given.",
  },
  sleepInterference: {
    recallPeriod: "last-night",
    label: "Pain got in the way of sleep last night",
    question: "How much pain got in the way of your sleep last night",
    lowAnchor: "not at all",
    highAnchor: "completely",
    csvColumn: "sleep_interference_last_night",
    description:
      "How much pain got in the way of sleep last night: 0 (not at all) to 10 (completely); null if not given.",
  },
  mood: {
    recallPeriod: "now",
    label: "Mood",
    question: "Your mood right now",
    lowAnchor: "very low",
    highAnchor: "very good",
    csvColumn: "mood_now",
    description: "Mood right now: 0 (very low) to 10 (very good); null if not given.",
  },
} as const satisfies Record<string, PainScoreField>;

export type PainScoreName = keyof typeof painScoreFields;
export const painScoreNames = Object.keys(painScoreFields) as PainScoreName[];

/** The recall period of each score, as the JSON export states it once for all its entries. */
export const painScoreRecallPeriods = Object.fromEntries(
  painScoreNames.map((name) => [name, painScoreFields[name].recallPeriod]),
) as { [Name in PainScoreName]: (typeof painScoreFields)[Name]["recallPeriod"] };
