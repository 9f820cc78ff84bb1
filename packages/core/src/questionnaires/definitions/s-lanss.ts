import { answerOf, yesNoItem, type InstrumentSpec } from "../instrument-spec.js";
import { neuropathicScreenInterpretation } from "../screen-interpretation.js";
import { licensedDefaults } from "./licensed-common.js";

/**
 * Points for a "yes" (Bennett MI et al. J Pain 2005;6(3):149–158, weights of the LANSS items,
 * Bennett 2001): five symptom items, then the two self-tests. Total 0–24.
 */
export const sLanssWeights = {
  "strange-sensations": 5,
  "skin-changes": 5,
  "touch-sensitivity": 3,
  "sudden-bursts": 2,
  burning: 1,
  "rubbing-test": 5,
  "pressing-test": 3,
} as const;
export const sLanssCutOff = 12;

export const sLanss: InstrumentSpec = {
  ...licensedDefaults,
  id: "s-lanss",
  title: "S-LANSS nerve pain questionnaire",
  shortTitle: "S-LANSS",
  purpose:
    "Questions about how your pain feels, and two simple self-tests, to see whether it has " +
    "features of nerve pain.",
  recallPeriod: "the past week",
  source: {
    citation:
      "Bennett MI, Smith BH, Torrance N, Potter J. The S-LANSS score for identifying pain of " +
      "predominantly neuropathic origin: validation for use in clinical and postal research. " +
      "J Pain 2005;6(3):149-158.",
    url: "https://doi.org/10.1016/j.jpain.2004.11.007",
  },
  scoring: {
    minimum: 0,
    maximum: 24,
    decimals: 0,
    method:
      "Each yes adds its own number of points (1 to 5). 12 or more suggests nerve pain features.",
  },
  items: Object.keys(sLanssWeights).map((linkId) => yesNoItem(linkId)),
  score(answers) {
    const total = Object.entries(sLanssWeights).reduce(
      (sum, [linkId, weight]) => sum + weight * answerOf(answers, linkId),
      0,
    );
    return {
      score: total,
      displayScore: String(total),
      minimum: 0,
      maximum: 24,
      form: null,
      interpretation: neuropathicScreenInterpretation(
        String(total),
        { value: sLanssCutOff, outOf: 24 },
        total >= sLanssCutOff,
      ),
    };
  },
};
