import { redFlagIds, redFlags, safetyQuestionIds, safetyQuestions } from "@painplan/core";

type FieldTarget = { id: string; label: string };

function shortLabel(question: string): string {
  return question.length > 60 ? `${question.slice(0, 57)}…` : question;
}

/**
 * Every field path the server may name (answers.bloodThinners, answers.redFlags.x, …) with the
 * id of the input it belongs to, so a message links to its field and sits next to it.
 */
export const intakeFieldTargets: Readonly<Record<string, FieldTarget>> = {
  ...Object.fromEntries(
    safetyQuestionIds.map((id) => [
      `answers.${id}`,
      { id: `answer-${id}`, label: shortLabel(safetyQuestions[id].text) },
    ]),
  ),
  ...Object.fromEntries(
    redFlagIds.map((id) => [
      `answers.redFlags.${id}`,
      { id: `red-flag-${id}`, label: shortLabel(redFlags[id].question) },
    ]),
  ),
  "answers.reducedSensationRegionIds": {
    id: "answer-reducedSensation",
    label: "Areas with reduced feeling",
  },
  "answers.bloodThinnerNames": { id: "answer-bloodThinnerNames", label: "Blood thinner names" },
  "answers.recentSurgeryRegionIds": {
    id: "answer-recentSurgeryRegionIds",
    label: "Where the surgery was",
  },
  "answers.recentSurgeryDate": { id: "answer-recentSurgeryDate", label: "Date of the surgery" },
  "answers.lymphoedemaSide": { id: "answer-lymphoedemaSide", label: "Side" },
  "answers.implantedDeviceKinds": { id: "answer-implantedDeviceKinds", label: "Device" },
  "preferences.pressurePreference": { id: "preference-pressure", label: "Pressure" },
  "preferences.discomfortSignal": {
    id: "preference-discomfortSignal",
    label: "Signal for discomfort",
  },
  "preferences.emergencyContact.name": { id: "contact-name", label: "Emergency contact" },
  "preferences.emergencyContact.phone": { id: "contact-phone", label: "Emergency contact" },
};
