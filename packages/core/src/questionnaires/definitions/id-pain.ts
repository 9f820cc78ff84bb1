import { answerOf, yesNoItem, type InstrumentSpec } from "../instrument-spec.js";
import { neuropathicScreenInterpretation } from "../screen-interpretation.js";
import { licensedDefaults } from "./licensed-common.js";

/**
 * Points for a "yes" (Portenoy R. Curr Med Res Opin 2006;22(8):1555–1565): items 1–5 add one,
 * item 6 ("only in the joints") takes one away. Range −1 to 5.
 */
export const idPainWeights = {
  "pins-and-needles": 1,
  "hot-burning": 1,
  numbness: 1,
  "electric-shocks": 1,
  "worse-with-touch": 1,
  "joints-only": -1,
} as const;
/**
 * 3 or more (secondary source, reference §1.7); a Turkish validation found 2 or more worked best
 * (Archives of Rheumatology), which the words below say.
 */
export const idPainCutOff = 3;
const idPainCutOffNote = "Some studies use 2 or more instead.";

export const idPain: InstrumentSpec = {
  ...licensedDefaults,
  id: "id-pain",
  title: "ID Pain questionnaire",
  shortTitle: "ID Pain",
  purpose: "Six yes-or-no questions about your pain, to see whether it has features of nerve pain.",
  recallPeriod: null,
  source: {
    citation:
      "Portenoy R. Development and testing of a neuropathic pain screening questionnaire: ID " +
      "Pain. Curr Med Res Opin 2006;22(8):1555-1565.",
    url: "https://pubmed.ncbi.nlm.nih.gov/16870080/",
  },
  scoring: {
    minimum: -1,
    maximum: 5,
    decimals: 0,
    method:
      "Each of the first five yes answers adds 1; a yes to the last question takes 1 away. 3 " +
      "or more suggests nerve pain features.",
  },
  items: Object.keys(idPainWeights).map((linkId) => yesNoItem(linkId)),
  score(answers) {
    const total = Object.entries(idPainWeights).reduce(
      (sum, [linkId, weight]) => sum + weight * answerOf(answers, linkId),
      0,
    );
    return {
      score: total,
      displayScore: String(total),
      minimum: -1,
      maximum: 5,
      form: null,
      interpretation: neuropathicScreenInterpretation(
        String(total),
        { value: idPainCutOff, note: idPainCutOffNote },
        total >= idPainCutOff,
      ),
    };
  },
};
