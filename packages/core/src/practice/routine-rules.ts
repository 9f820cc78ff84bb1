import type { TherapyVerdict } from "../safety/safety-assessment.schema.js";
import type { SafetyAnswers } from "../safety/safety-intake.schema.js";
import type { MovementTag, PoseId } from "./practice-ids.js";

/** What the routine rules read from the safety intake and its yoga verdicts. */
export type RoutineSafety = {
  /** The intake's answers; `{}` when there is no intake yet (everything unanswered). */
  answers: SafetyAnswers;
  /** The verdicts of `assessSafetyIntake` (core/safety); only the yoga ones are read. */
  verdicts: readonly TherapyVerdict[];
};

/**
 * Movements a routine must not contain for this person. Weak bones (osteoporosis, a recent
 * fracture, cancer in the bones) rule out loading the spine in flexion, side bending or rotation
 * (REFERENCE §7 G3). Anything but a plain "no" counts: a routine runs without anyone watching.
 */
export function forbiddenMovements(answers: SafetyAnswers): Set<MovementTag> {
  const forbidden = new Set<MovementTag>();
  if (answers.boneWeakness !== "no") {
    forbidden.add("loaded-spinal-flexion");
    forbidden.add("spinal-rotation");
    forbidden.add("spinal-side-bend");
  }
  return forbidden;
}

/**
 * Whether every pose is done in its supported (chair or wall) version: falls or poor balance,
 * or dizziness on standing, answered anything but "no" (REFERENCE §3.3: chair- or wall-supported
 * standing and balance poses; §7 G9: seated variants with dizziness on standing).
 */
export function needsSupport(answers: SafetyAnswers): boolean {
  return answers.fallsOrPoorBalance !== "no" || answers.dizzyOnStanding !== "no";
}

/** The safety verdict for one pose ("ok" when the assessment has none). */
export function verdictFor(
  verdicts: readonly TherapyVerdict[],
  poseId: PoseId,
): Pick<TherapyVerdict, "level" | "reasons"> {
  return verdicts.find((verdict) => verdict.therapyId === poseId) ?? { level: "ok", reasons: [] };
}

/** A caution verdict's instructions (its reasons' texts when it gives none), without repeats. */
export function cautionInstructions(verdict: Pick<TherapyVerdict, "reasons">): string[] {
  const lines = verdict.reasons.flatMap((reason) =>
    reason.instructions.length > 0 ? reason.instructions : [reason.text],
  );
  return [...new Set(lines)];
}
