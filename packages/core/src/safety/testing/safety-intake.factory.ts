import type { SafetyAnswers, SafetyIntake, SheetPreferences } from "../safety-intake.schema.js";
import type { PreSessionAnswers } from "../pre-session-check.schema.js";
import { redFlagIds } from "../red-flags.js";
import type { SafetyFacts } from "../safety-rule.js";
import { safetyQuestionIds } from "../safety-questions.js";

/** Every question answered "no", every red flag "no", no numb areas: nothing to watch for. */
export function allNoAnswers(): SafetyAnswers {
  const questions = Object.fromEntries(
    safetyQuestionIds.filter((id) => id !== "lowBloodCounts").map((id) => [id, "no"]),
  );
  return {
    ...questions,
    reducedSensationRegionIds: [],
    redFlags: Object.fromEntries(redFlagIds.map((id) => [id, "no"])),
  };
}

export const calmPreSession: PreSessionAnswers = {
  hasFever: "no",
  hasNewWound: "no",
  bloodThinnersChanged: "no",
  newRedFlagIds: [],
};

/** Builder: `anIntake().with({ bloodThinners: "yes" }).build()` starts from all "no". */
export function anIntake(
  answers: SafetyAnswers = allNoAnswers(),
  preferences: SheetPreferences = { pressurePreference: "medium", discomfortSignal: "I say stop." },
) {
  return {
    with: (change: Partial<SafetyAnswers>) => anIntake({ ...answers, ...change }, preferences),
    withPreferences: (change: Partial<SheetPreferences>) =>
      anIntake(answers, { ...preferences, ...change }),
    facts: (preSession?: PreSessionAnswers): SafetyFacts => ({ answers, preferences, preSession }),
    build: (): SafetyIntake => ({
      version: 1,
      status: "complete",
      answers,
      preferences,
      savedAt: "2026-03-01T10:00:00.000Z",
    }),
  };
}
