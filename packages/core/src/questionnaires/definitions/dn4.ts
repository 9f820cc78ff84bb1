import type { Answers } from "../questionnaire-response.schema.js";
import { answerOf, yesNoItem, type InstrumentSpec } from "../instrument-spec.js";
import { neuropathicScreenInterpretation } from "../screen-interpretation.js";
import { licensedDefaults } from "./licensed-common.js";

export const dn4InterviewLinkIds = [
  "burning",
  "painful-cold",
  "electric-shocks",
  "tingling",
  "pins-and-needles",
  "numbness",
  "itching",
] as const;
export const dn4ExaminationLinkIds = [
  "touch-hypoaesthesia",
  "pinprick-hypoaesthesia",
  "brushing",
] as const;

/** Bouhassira 2005: ≥4 of 10 with the examination; ≥3 of 7 for the interview part alone. */
export const dn4CutOffs = { full: 4, interview: 3 } as const;

function dn4Score(answers: Readonly<Answers>) {
  const hasExamination = dn4ExaminationLinkIds.every((linkId) => answers[linkId] !== undefined);
  const linkIds = hasExamination
    ? [...dn4InterviewLinkIds, ...dn4ExaminationLinkIds]
    : dn4InterviewLinkIds;
  const total = linkIds.reduce((sum, linkId) => sum + answerOf(answers, linkId), 0);
  const form = hasExamination ? "full" : "interview";
  return { total, form, maximum: linkIds.length, isPositive: total >= dn4CutOffs[form] } as const;
}

/**
 * DN4. Bouhassira D, Attal N, Alchaar H, et al. Pain 2005;114(1–2):29–36. Copyrighted: the item
 * text is installed by an admin. 7 interview items, plus 3 examination items a clinician fills.
 */
export const dn4: InstrumentSpec = {
  ...licensedDefaults,
  id: "dn4",
  title: "DN4 nerve pain questionnaire",
  shortTitle: "DN4",
  purpose:
    "Questions about how your pain feels, to see whether it has features of nerve pain. A " +
    "clinician can add a short examination part.",
  recallPeriod: null,
  source: {
    citation:
      "Bouhassira D, Attal N, Alchaar H, et al. Comparison of pain syndromes associated with " +
      "nervous or somatic lesions and development of a new neuropathic pain diagnostic " +
      "questionnaire (DN4). Pain 2005;114(1-2):29-36.",
    url: null,
  },
  scoring: {
    minimum: 0,
    maximum: 10,
    decimals: 0,
    method:
      "One point per yes. Interview part alone: out of 7, 3 or more suggests nerve pain " +
      "features. With the clinician's examination: out of 10, 4 or more.",
  },
  items: [
    ...dn4InterviewLinkIds.map((linkId) => yesNoItem(linkId)),
    ...dn4ExaminationLinkIds.map((linkId) => yesNoItem(linkId, "clinician-examination")),
  ],
  score(answers) {
    const { total, form, maximum, isPositive } = dn4Score(answers);
    return {
      score: total,
      displayScore: `${total}/${maximum}`,
      minimum: 0,
      maximum,
      form,
      interpretation: neuropathicScreenInterpretation(
        `${total}/${maximum}`,
        { value: dn4CutOffs[form], outOf: maximum },
        isPositive,
      ),
    };
  },
};
