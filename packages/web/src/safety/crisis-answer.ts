import type { SafetyAnswers } from "@painplan/core";

/**
 * Whether the red-flag answers call for the crisis panel on the same screen, at once: a "yes"
 * or a "not sure" to thoughts of self-harm (clinical reference §8). "Not sure" is never read as
 * "no" here either.
 */
export function raisesCrisisPanel(answers: SafetyAnswers["redFlags"]): boolean {
  const answer = answers?.["self-harm-thoughts"];
  return answer === "yes" || answer === "not-sure";
}
