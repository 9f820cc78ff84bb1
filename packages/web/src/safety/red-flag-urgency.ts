import { redFlagIds, redFlags, type SafetyAnswers } from "@painplan/core";

/**
 * What the wizard says the moment a red-flag question is answered, before anything is saved:
 * "emergency" (call now), "urgent" (a doctor today), "unsure" (a "not sure": please check with a
 * doctor soon), or "none".
 */
export type RedFlagUrgency = "none" | "unsure" | "urgent" | "emergency";

export type RedFlagState = { urgency: RedFlagUrgency; questions: readonly string[] };

export function redFlagState(answers: SafetyAnswers["redFlags"]): RedFlagState {
  const yes = redFlagIds.filter((id) => answers?.[id] === "yes");
  const unsure = redFlagIds.filter((id) => answers?.[id] === "not-sure");
  if (yes.some((id) => redFlags[id].urgency === "emergency")) {
    return { urgency: "emergency", questions: yes.map((id) => redFlags[id].question) };
  }
  if (yes.length > 0)
    return { urgency: "urgent", questions: yes.map((id) => redFlags[id].question) };
  if (unsure.length > 0) {
    return { urgency: "unsure", questions: unsure.map((id) => redFlags[id].question) };
  }
  return { urgency: "none", questions: [] };
}
