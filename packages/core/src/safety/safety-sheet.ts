import type { SafetyAssessment, SafetyReason } from "./safety-assessment.schema.js";
import type { SafetyIntake } from "./safety-intake.schema.js";
import type { SafetySheet } from "./safety-sheet.schema.js";
import { describeAreas } from "./describe-areas.js";
import { sheetPrecautions } from "./sheet-precautions.js";
import { localDayOf } from "../time/local-day.js";

const pressureTexts = {
  light: "Light pressure",
  medium: "Medium pressure",
  firm: "Firm pressure",
  "ask-me-during-the-session": "Ask me during the session",
} as const;

const deviceNames = {
  pacemaker: "Pacemaker",
  defibrillator: "Implanted defibrillator",
  "medicine-pump": "Implanted medicine pump",
  "nerve-stimulator": "Implanted nerve stimulator",
  other: "Other implanted electrical device",
} as const;

export const sheetDisclaimer =
  "Written by the person from their own answers in PainPlan. It is not a medical assessment or a diagnosis. If in doubt, ask the person, and their healthcare provider, before you treat.";

function named(regionIds: readonly string[]) {
  return { regionIds: [...regionIds], text: describeAreas(regionIds) };
}

/** Areas some therapy must avoid, one line per reason so each line stays short. */
function areasToAvoid(assessment: SafetyAssessment) {
  const byReason = new Map<string, string[]>();
  for (const area of assessment.areas) {
    const reasons = area.reasons.filter((reason: SafetyReason) => reason.level === "avoid");
    for (const { text } of reasons)
      byReason.set(text, [...(byReason.get(text) ?? []), area.regionId]);
  }
  return [...byReason].map(([reason, regionIds]) => ({ ...named(regionIds), reason }));
}

function medications({ answers }: SafetyIntake): string[] {
  const names = answers.bloodThinnerNames === undefined ? "" : `: ${answers.bloodThinnerNames}`;
  return [
    ...(answers.bloodThinners === "yes" ? [`Takes a blood thinner${names}`] : []),
    ...(answers.bloodThinners === "not-sure" ? ["Not sure about blood thinners: ask"] : []),
    ...(answers.bleedingDisorder === "yes" ? ["Bleeding disorder or bleeds easily"] : []),
    ...(answers.lowPlatelets === "yes" ? ["Low platelets"] : []),
    ...(answers.chemotherapyNow === "yes" ? ["Having chemotherapy now"] : []),
  ];
}

function implantedDevices({ answers }: SafetyIntake): string[] {
  if (answers.implantedDevice !== "yes") return [];
  const kinds = answers.implantedDeviceKinds ?? [];
  return kinds.length === 0
    ? ["Implanted electrical device"]
    : kinds.map((kind) => deviceNames[kind]);
}

/**
 * The one-page sheet for a therapist, from the intake and its assessment. `timeZone` is the
 * person's (the record owner's) IANA zone: the sheet is dated by their calendar, not UTC's.
 */
export function buildSafetySheet(input: {
  personName: string;
  timeZone: string;
  intake: SafetyIntake;
  assessment: SafetyAssessment;
  now: Date;
}): SafetySheet {
  const { intake, assessment } = input;
  const { preferences } = intake;
  const contact = preferences.emergencyContact ?? null;
  return {
    personName: input.personName,
    generatedAt: input.now.toISOString(),
    generatedOn: localDayOf(input.now.toISOString(), input.timeZone),
    intakeVersion: intake.version,
    intakeStatus: intake.status,
    areasToAvoid: areasToAvoid(assessment),
    reducedSensationAreas: named(intake.answers.reducedSensationRegionIds ?? []),
    touchHypersensitivityAreas: named(preferences.touchHypersensitivityRegionIds ?? []),
    pressurePreference: preferences.pressurePreference ?? null,
    pressurePreferenceText:
      preferences.pressurePreference === undefined
        ? "Not given: ask before you start"
        : pressureTexts[preferences.pressurePreference],
    medications: medications(intake),
    implantedDevices: implantedDevices(intake),
    precautions: sheetPrecautions(assessment),
    discomfortSignal: preferences.discomfortSignal ?? null,
    emergencyContact:
      contact === null
        ? null
        : { name: contact.name, phone: contact.phone, relationship: contact.relationship ?? null },
    disclaimer: sheetDisclaimer,
  };
}
