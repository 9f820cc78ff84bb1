import type { SafetyIntake } from "./safety-intake.schema.js";

/** Before the first save: nothing answered, so every rule that reads an answer says "ask first". */
export const emptySafetyIntake: SafetyIntake = {
  version: null,
  status: "in-progress",
  answers: {},
  preferences: {},
  savedAt: null,
};
