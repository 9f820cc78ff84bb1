import type { SafetyAssessment } from "./safety-assessment.schema.js";
import type { SafetyIntake } from "./safety-intake.schema.js";
import { assessTherapies, summarizeAreas } from "./assess-safety.js";
import { openQuestions } from "./open-questions.js";
import { redFlagAlert } from "./red-flag-alert.js";

/** The whole picture from one intake: verdicts per therapy and per area, and red flags. */
export function assessSafetyIntake(intake: SafetyIntake): SafetyAssessment {
  const facts = { answers: intake.answers, preferences: intake.preferences };
  const therapies = assessTherapies(facts);
  return {
    intakeVersion: intake.version,
    intakeStatus: intake.status,
    openQuestions: openQuestions(intake.answers),
    redFlags: redFlagAlert(facts),
    therapies,
    areas: summarizeAreas(therapies),
  };
}
