import type { BreathingPattern } from "@painplan/core";
/**
 * Where in a breath someone is, for the visual pacer: a breath is inhale, an optional hold,
 * exhale and an optional rest, repeated. Pure, so the pacer's text count is tested without a
 * browser.
 */

/**
 * Seconds of each part of one breath (core's `BreathingPattern`, plus an optional rest after the
 * breath out); holds may be 0 (left out).
 */
export type BreathPattern = BreathingPattern & { restSeconds?: number };

export type BreathPhaseName = "inhale" | "hold" | "exhale" | "rest";

export type BreathPhase = {
  name: BreathPhaseName;
  /** Whole seconds left in this phase, counting down to 1 (what the text count shows). */
  secondsLeft: number;
  /** Length of the phase in seconds (for the animation's duration). */
  phaseSeconds: number;
  /** Which breath this is, from 0: changes when a new breath begins. */
  breathIndex: number;
};

/** The phase at `elapsedSeconds` (≥ 0) into paced breathing. Throws if a breath has no length. */
export function breathPhaseAt(pattern: BreathPattern, elapsedSeconds: number): BreathPhase {
  const phases: [BreathPhaseName, number][] = [
    ["inhale", pattern.inhaleSeconds],
    ["hold", pattern.holdSeconds],
    ["exhale", pattern.exhaleSeconds],
    ["rest", pattern.restSeconds ?? 0],
  ];
  const breathSeconds = phases.reduce((sum, [, seconds]) => sum + seconds, 0);
  if (!(breathSeconds > 0)) throw new Error("A breath needs some length.");
  const elapsed = Math.max(0, elapsedSeconds);
  const breathIndex = Math.floor(elapsed / breathSeconds);
  let into = elapsed - breathIndex * breathSeconds;
  for (const [name, seconds] of phases) {
    if (seconds <= 0) continue;
    if (into < seconds) {
      return {
        name,
        secondsLeft: Math.max(1, Math.ceil(seconds - into)),
        phaseSeconds: seconds,
        breathIndex,
      };
    }
    into -= seconds;
  }
  // Floating point can land exactly on the end: that is the start of the next breath.
  return breathPhaseAt(pattern, (breathIndex + 1) * breathSeconds);
}

/** The words a person reads (and hears) for a phase. */
export const breathPhaseWords: Record<BreathPhaseName, string> = {
  inhale: "Breathe in",
  hold: "Hold gently",
  exhale: "Breathe out",
  rest: "Rest",
};
