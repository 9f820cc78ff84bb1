import type { Interpretation } from "../questionnaire-response.schema.js";
import { answerOf, choiceItem, type InstrumentSpec } from "../instrument-spec.js";

type Band = Omit<Interpretation, "isPositiveScreen" | "label"> & { value: number; label: string };

const worse =
  "You feel worse than at the start date. Please let your provider know, so you can look at " +
  "what might help together.";

/**
 * Categories in the NINDS CDE coding (1 = very much improved … 7 = very much worse). Importance
 * per IMMPACT (Dworkin et al., J Pain 2008;9(2):105–121): minimally improved = minimally
 * important, much improved = moderately important, very much improved = substantial.
 */
export const pgicBands: readonly Band[] = [
  {
    value: 1,
    band: "very-much-improved",
    label: "Very much improved",
    message:
      "You feel very much better than at the start date: in pain research, a substantial change.",
    suggestsTalkingToProvider: false,
  },
  {
    value: 2,
    band: "much-improved",
    label: "Much improved",
    message: "You feel much better than at the start date: in pain research, an important change.",
    suggestsTalkingToProvider: false,
  },
  {
    value: 3,
    band: "minimally-improved",
    label: "Minimally improved",
    message: "You feel a little better than at the start date: the smallest change that matters.",
    suggestsTalkingToProvider: false,
  },
  {
    value: 4,
    band: "no-change",
    label: "No change",
    message: "You feel about the same as at the start date.",
    suggestsTalkingToProvider: false,
  },
  {
    value: 5,
    band: "minimally-worse",
    label: "Minimally worse",
    message: worse,
    suggestsTalkingToProvider: true,
  },
  {
    value: 6,
    band: "much-worse",
    label: "Much worse",
    message: worse,
    suggestsTalkingToProvider: true,
  },
  {
    value: 7,
    band: "very-much-worse",
    label: "Very much worse",
    message: worse,
    suggestsTalkingToProvider: true,
  },
];

/**
 * PGIC: Patient Global Impression of Change, 7 points, public domain (NINDS Common Data
 * Elements). Asked against a start date the person picks (settings).
 */
export const pgic: InstrumentSpec = {
  id: "pgic",
  version: "1",
  title: "How much have things changed since you started?",
  shortTitle: "PGIC",
  purpose: "One question about how your overall condition has changed since a date you chose.",
  instructions:
    "Think about your condition as a whole (pain, activity, mood and quality of life) and " +
    "compare it with how it was on your start date.",
  recallPeriod: "since your start date",
  licence: "free",
  copyright: "Public domain (NINDS Common Data Elements).",
  source: {
    citation:
      "Patient Global Impression of Change (PGIC), NINDS Common Data Elements; Farrar JT et " +
      "al. Pain 2001;94:149-158; Dworkin RH et al. J Pain 2008;9(2):105-121.",
    url: "https://www.commondataelements.ninds.nih.gov/",
  },
  loincPanelCode: null,
  loincScoreCode: null,
  scoring: {
    minimum: 1,
    maximum: 7,
    decimals: 0,
    method: "Your answer itself: 1 is very much improved, 4 is no change, 7 is very much worse.",
  },
  usesAnchorDate: true,
  showsCrisisSupport: false,
  crisisItem: null,
  items: [
    choiceItem(
      {
        linkId: "change",
        text: "Since your start date, how would you describe the change in your overall condition?",
        loincCode: null,
      },
      pgicBands.map((band) => [band.value, band.label] as const),
    ),
  ],
  score(answers) {
    const value = answerOf(answers, "change");
    const band = pgicBands.find((candidate) => candidate.value === value);
    if (band === undefined) throw new Error(`PGIC answer ${value} is not an option.`);
    return {
      score: value,
      displayScore: String(value),
      minimum: 1,
      maximum: 7,
      form: null,
      interpretation: {
        band: band.band,
        label: band.label,
        message: band.message,
        isPositiveScreen: null,
        suggestsTalkingToProvider: band.suggestsTalkingToProvider,
      },
    };
  },
};
