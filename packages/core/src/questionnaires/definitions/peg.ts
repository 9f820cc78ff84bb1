import { answerOf, zeroToTenItem, type InstrumentSpec } from "../instrument-spec.js";
import { displayScore, roundScore } from "../score-format.js";

const interference = {
  low: "Did not get in the way",
  high: "Got in the way completely",
};

/**
 * PEG: Pain, Enjoyment of life, General activity. Krebs EE, Lorenz KA, Bair MJ, et al.
 * J Gen Intern Med 2009;24(6):733–738, doi:10.1007/s11606-009-0981-1. Public domain.
 * Score: the mean of the three 0–10 items. LOINC panel 91148-7, mean score 91147-9.
 */
export const peg: InstrumentSpec = {
  id: "peg",
  version: "1",
  title: "PEG: pain, enjoyment of life and general activity",
  shortTitle: "PEG",
  purpose: "Three quick questions about how strong your pain was and how much it got in the way.",
  instructions: "Think about the past week. For each question, choose one number from 0 to 10.",
  recallPeriod: "the past week",
  licence: "free",
  copyright: "Public domain (Krebs et al., 2009).",
  source: {
    citation:
      "Krebs EE, Lorenz KA, Bair MJ, et al. Development and initial validation of the PEG, a " +
      "three-item scale assessing pain intensity and interference. J Gen Intern Med " +
      "2009;24(6):733-738.",
    url: "https://doi.org/10.1007/s11606-009-0981-1",
  },
  loincPanelCode: "91148-7",
  loincScoreCode: "91147-9",
  scoring: {
    minimum: 0,
    maximum: 10,
    decimals: 1,
    method:
      "The average of your three answers, shown with one decimal. The published PEG score is " +
      "this average; some health records round it to a whole number, so a record may show 5 " +
      "where PainPlan shows 5.3.",
  },
  usesAnchorDate: false,
  showsCrisisSupport: false,
  crisisItem: null,
  items: [
    zeroToTenItem(
      {
        linkId: "pain",
        text: "On average over the past week, how strong was your pain?",
        loincCode: "75893-8",
      },
      { low: "No pain", high: "Pain as bad as you can imagine" },
    ),
    zeroToTenItem(
      {
        linkId: "enjoyment",
        text: "Over the past week, how much did pain get in the way of enjoying life?",
        loincCode: "91145-3",
      },
      interference,
    ),
    zeroToTenItem(
      {
        linkId: "activity",
        text: "Over the past week, how much did pain get in the way of your everyday activities?",
        loincCode: "91146-1",
      },
      interference,
    ),
  ],
  score(answers) {
    const mean =
      (answerOf(answers, "pain") + answerOf(answers, "enjoyment") + answerOf(answers, "activity")) /
      3;
    return {
      score: roundScore(mean, 1),
      displayScore: displayScore(mean, 1),
      minimum: 0,
      maximum: 10,
      form: null,
      // The paper gives no severity bands, so we show the number and its trend, not a label.
      interpretation: {
        band: "score",
        label: "Your PEG score",
        message:
          "0 means no pain and no interference; 10 means the most. Watch how it changes from " +
          "week to week: a drop of about 1 point or more is a change people tend to notice.",
        isPositiveScreen: null,
        suggestsTalkingToProvider: false,
      },
    };
  },
};
