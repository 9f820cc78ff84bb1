import { answerOf, choiceItem, type InstrumentSpec } from "../instrument-spec.js";
import type { Interpretation } from "../questionnaire-response.schema.js";
import { moodFrequencyOptions } from "./mood-screen.js";
import { phq2 } from "./phq-2.js";

/** Scoring keys, in the paper's item order (1-9). Never rename: responses store them. */
export const phq9LinkIds = [
  "interest",
  "mood",
  "sleep",
  "energy",
  "appetite",
  "self-worth",
  "concentration",
  "moving-or-restless",
  "self-harm",
] as const;

/** Items 3-9 in our own words (items 1-2 are the PHQ-2's, word for word). */
const laterItems = [
  [
    "sleep",
    "How often has sleep been a problem: hard to fall asleep or stay asleep, or sleeping far more than usual?",
  ],
  ["energy", "How often have you felt worn out or short of energy?"],
  ["appetite", "How often have you not felt like eating, or eaten far more than usual?"],
  [
    "self-worth",
    "How often have you felt bad about yourself: that you are a failure, or have let yourself or your family down?",
  ],
  [
    "concentration",
    "How often has it been hard to keep your mind on things, such as reading or watching television?",
  ],
  [
    "moving-or-restless",
    "How often have you moved or spoken so slowly that others could notice, or been so fidgety or restless that you moved about much more than usual?",
  ],
  [
    "self-harm",
    "How often have you thought you would be better off dead, or thought about hurting yourself in some way?",
  ],
] as const;

/**
 * Severity bands at the cut-points 5, 10, 15 and 20 (Kroenke, Spitzer, Williams 2001). The
 * names are the paper's; the sentences are ours and never a diagnosis.
 */
const bands = [
  { from: 20, band: "severe", label: "Severe range (20 to 27)" },
  { from: 15, band: "moderately-severe", label: "Moderately severe range (15 to 19)" },
  { from: 10, band: "moderate", label: "Moderate range (10 to 14)" },
  { from: 5, band: "mild", label: "Mild range (5 to 9)" },
  { from: 0, band: "minimal", label: "Minimal range (0 to 4)" },
] as const;

const selfHarmWords =
  "You said you have had thoughts of being better off dead or of hurting yourself. Please reach " +
  "out now: the crisis lines on this page are there for you at any time, and you do not have to " +
  "be sure before you call.";

function interpretation(total: number, isSelfHarmRaised: boolean): Interpretation {
  const { band, label } = bands.find((entry) => total >= entry.from) ?? bands[4];
  const isMinimal = band === "minimal";
  const range = isMinimal
    ? "Your answers show few signs of low mood over the past two weeks."
    : "Your answers suggest low mood has been weighing on you over the past two weeks. That is " +
      "common when living with pain, and it can be helped. Please talk to your provider about " +
      "how you have been feeling; this score is not a diagnosis, and they can help you make sense of it.";
  return {
    band,
    label,
    message: isSelfHarmRaised ? `${selfHarmWords} ${range}` : range,
    isPositiveScreen: null,
    suggestsTalkingToProvider: !isMinimal || isSelfHarmRaised,
  };
}

/**
 * PHQ-9: nine items 0-3 about the past two weeks, total 0-27, severity bands at 5, 10, 15 and 20
 * (Kroenke K, Spitzer RL, Williams JBW, J Gen Intern Med 2001;16(9):606-613; clinical reference
 * §8). Offered after a positive PHQ-2, whose two items it starts with. Any answer to item 9
 * above "not at all" shows the crisis panel at once (`crisisItem`). LOINC: panel 44249-1, total
 * 44261-6, items 1-2 44250-9 and 44255-8 (§1.11; the reference gives no codes for items 3-9).
 * Free: © Pfizer, no permission needed (§1.11); items 3-9 are in our own words.
 */
export const phq9: InstrumentSpec = {
  id: "phq-9",
  version: "1",
  title: "Mood questions (PHQ-9)",
  shortTitle: "PHQ-9",
  purpose:
    "Nine questions about mood over the past two weeks, offered after the two-question mood check.",
  instructions: "Think about the past two weeks and choose how often each of these happened.",
  recallPeriod: "the past two weeks",
  licence: "free",
  copyright: "PHQ © Pfizer Inc.; no permission required to reproduce or display.",
  source: {
    citation:
      "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity " +
      "measure. J Gen Intern Med 2001;16(9):606-613.",
    url: null,
  },
  loincPanelCode: "44249-1",
  loincScoreCode: "44261-6",
  scoring: {
    minimum: 0,
    maximum: 27,
    decimals: 0,
    method:
      "The sum of your nine answers (0 to 3 each), 0 to 27. Ranges: 0 to 4, 5 to 9, 10 to 14, 15 to 19, 20 to 27.",
  },
  usesAnchorDate: false,
  showsCrisisSupport: true,
  crisisItem: { linkId: "self-harm", minimumValue: 1 },
  items: [
    ...phq2.items,
    ...laterItems.map(([linkId, text]) =>
      choiceItem({ linkId, text, loincCode: null }, moodFrequencyOptions),
    ),
  ],
  score(answers) {
    const total = phq9LinkIds.reduce((sum, linkId) => sum + answerOf(answers, linkId), 0);
    return {
      score: total,
      displayScore: String(total),
      minimum: 0,
      maximum: 27,
      form: null,
      interpretation: interpretation(total, answerOf(answers, "self-harm") >= 1),
    };
  },
};
