import type { FieldError } from "../api/errors.schema.js";
import type { SafetyAnswers, SafetyIntakeContent } from "./safety-intake.schema.js";
import { isAsked } from "./open-questions.js";
import { redFlagIds } from "./red-flags.js";
import { safetyQuestionIds, safetyQuestions } from "./safety-questions.js";

type DetailField = Exclude<keyof SafetyAnswers, (typeof safetyQuestionIds)[number] | "redFlags">;

/** Details that only make sense after a "yes"; next to a "no" they contradict it. */
const detailsOf: Partial<Record<(typeof safetyQuestionIds)[number], readonly DetailField[]>> = {
  bloodThinners: ["bloodThinnerNames"],
  bloodClot: ["bloodClotRegionIds"],
  recentSurgery: ["recentSurgeryRegionIds", "recentSurgeryDate"],
  lymphoedema: ["lymphoedemaSide", "lymphoedemaLimb"],
  chemotherapyNow: ["chemotherapyPortRegionIds"],
  implantedDevice: ["implantedDeviceKinds"],
  boneWeakness: ["boneWeaknessRegionIds"],
};

/** Details a complete intake needs after a "yes" (the others may stay unknown). */
const requiredAfterYes: readonly [keyof SafetyAnswers, DetailField, string][] = [
  ["recentSurgery", "recentSurgeryRegionIds", "Mark where the surgery was."],
  ["recentSurgery", "recentSurgeryDate", "Give the date of the surgery."],
  ["lymphoedema", "lymphoedemaSide", "Choose which side."],
  ["implantedDevice", "implantedDeviceKinds", "Choose which device."],
];

const missing = "Answer this question to complete the intake.";

function isGiven(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return !Array.isArray(value) || value.length > 0;
}

function contradictions(answers: SafetyAnswers): FieldError[] {
  return Object.entries(detailsOf).flatMap(([question, fields]) =>
    answers[question as keyof SafetyAnswers] !== "no"
      ? []
      : fields
          .filter((field) => isGiven(answers[field]))
          .map((field) => ({
            path: `answers.${field}`,
            message: 'This detail does not fit the answer "no": remove it or change the answer.',
          })),
  );
}

/**
 * The latest calendar date that is "today" somewhere on Earth (UTC+14): a date after it is in
 * the future for everyone, whatever the person's time zone.
 */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

function futureDates(answers: SafetyAnswers, now: Date): FieldError[] {
  const date = answers.recentSurgeryDate;
  if (date === undefined || date <= latestToday(now)) return [];
  return [{ path: "answers.recentSurgeryDate", message: "This date is in the future." }];
}

function missingAnswers({ answers, preferences }: SafetyIntakeContent): FieldError[] {
  const questions = safetyQuestionIds
    .filter((id) => isAsked(answers, safetyQuestions[id]) && !isGiven(answers[id]))
    .map((id) => ({ path: `answers.${id}`, message: missing }));
  // [] is an answer ("nowhere"); only null or absent is missing.
  const sensation = Array.isArray(answers.reducedSensationRegionIds)
    ? []
    : [{ path: "answers.reducedSensationRegionIds", message: missing }];
  const flags = redFlagIds
    .filter((id) => !isGiven(answers.redFlags?.[id]))
    .map((id) => ({ path: `answers.redFlags.${id}`, message: missing }));
  const details = requiredAfterYes
    .filter(([question, field]) => answers[question] === "yes" && !isGiven(answers[field]))
    .map(([, field, message]) => ({ path: `answers.${field}`, message }));
  const sheet = [
    ...(preferences.pressurePreference === undefined
      ? [{ path: "preferences.pressurePreference", message: "Choose the pressure you prefer." }]
      : []),
    ...(preferences.discomfortSignal === undefined
      ? [{ path: "preferences.discomfortSignal", message: "Say how you will signal discomfort." }]
      : []),
  ];
  return [...questions, ...sensation, ...flags, ...details, ...sheet];
}

/**
 * What the schema cannot check: contradictions, dates in the future (so it needs "now"), and,
 * for a complete intake, every question answered. An empty list means the intake may be saved.
 */
export function checkSafetyIntake(content: SafetyIntakeContent, now: Date): FieldError[] {
  return [
    ...contradictions(content.answers),
    ...futureDates(content.answers, now),
    ...(content.status === "complete" ? missingAnswers(content) : []),
  ];
}
