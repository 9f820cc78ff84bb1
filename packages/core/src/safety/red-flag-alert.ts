import type { RedFlagAlert } from "./safety-assessment.schema.js";
import { redFlagIds, redFlags } from "./red-flags.js";
import { redFlagAnswer } from "./rules/red-flags.rules.js";
import type { SafetyFacts } from "./safety-rule.js";

/*
 * The messages name no country's numbers: the crisis panel beside them gives the lines of the
 * person's own country (clinical reference §8), so nobody outside the US is told to dial 988.
 */
export const emergencyMessage =
  "Call your local emergency number now or go to the nearest emergency department. Do not start a therapy session.";
export const crisisMessage =
  "If you are thinking about harming yourself, contact a crisis line now (the lines for your country are shown with this message), or call your local emergency number.";
export const urgentMessage =
  "Call a clinician now or get same-day medical care before any therapy session.";
export const unsureMessage =
  "You were not sure about a warning sign. Call a clinician today to check, before any therapy session.";

/**
 * Red flags answered "yes" (emergency or same-day care, reference §3.4) and "not sure" (treated
 * as same-day: a clinician should decide, not the app).
 */
export function redFlagAlert(facts: SafetyFacts): RedFlagAlert {
  const flags = redFlagIds.flatMap((id) => {
    const answer = redFlagAnswer(facts, id);
    if (answer !== "yes" && answer !== "not-sure") return [];
    const flag = redFlags[id];
    const urgency = answer === "yes" ? flag.urgency : ("urgent" as const);
    return [{ id, question: flag.question, answer, urgency, sourceId: flag.sourceId }];
  });
  const isEmergency = flags.some((flag) => flag.urgency === "emergency");
  const hasYes = flags.some((flag) => flag.answer === "yes");
  const messages = [
    ...(isEmergency ? [emergencyMessage] : hasYes ? [urgentMessage] : []),
    ...(flags.some((flag) => flag.id === "self-harm-thoughts" && flag.answer === "yes")
      ? [crisisMessage]
      : []),
    ...(!hasYes && flags.length > 0 ? [unsureMessage] : []),
  ];
  return {
    urgency: isEmergency ? "emergency" : flags.length > 0 ? "urgent" : "none",
    message: messages.length === 0 ? null : messages.join(" "),
    flags,
  };
}
