import type { PreSessionAnswers, PreSessionOutcome } from "./pre-session-check.schema.js";
import type { RedFlagAlert, TherapyVerdict } from "./safety-assessment.schema.js";
import type { SafetyIntake } from "./safety-intake.schema.js";
import type { TherapyId } from "../therapies/therapy-ids.js";
import { assessTherapies } from "./assess-safety.js";
import { redFlagAlert } from "./red-flag-alert.js";
import { therapyCard } from "./safety-overview.js";

export type PreSessionDecision = {
  outcome: PreSessionOutcome;
  verdict: TherapyVerdict;
  redFlags: RedFlagAlert;
  messages: string[];
};

/** Any red flag, or "ask first"/"avoid" for the therapy as a whole, stops the session. */
function outcomeOf(verdict: TherapyVerdict, redFlags: RedFlagAlert): PreSessionOutcome {
  if (redFlags.urgency !== "none") return "stop";
  if (verdict.level === "avoid" || verdict.level === "ask-provider-first") return "stop";
  return verdict.level === "caution" || verdict.areas.length > 0 ? "go-with-care" : "go";
}

function messagesFor(outcome: PreSessionOutcome, verdict: TherapyVerdict, redFlags: RedFlagAlert) {
  const alert = redFlags.message === null ? [] : [redFlags.message];
  switch (outcome) {
    case "stop":
      return [
        ...alert,
        "Not today: please do not start this session.",
        ...verdict.reasons.filter((reason) => reason.level !== "caution").map((r) => r.text),
      ];
    case "go-with-care": {
      // The merged words of the results page: one line per topic, areas by body-map group.
      const card = therapyCard(verdict);
      return [
        "You can go ahead with care:",
        ...card.lines.map((line) => line.text),
        ...card.areas.map(
          (area) =>
            `${area.text}: ${area.level === "avoid" ? "leave this area out" : "take care"}.`,
        ),
      ];
    }
    case "go":
      return [
        "No concern found from your answers today and your safety answers. Enjoy your session.",
        "If anything feels wrong during it, stop and tell your therapist.",
      ];
  }
}

/**
 * The check before one session: the stored intake plus today's answers, through the same rules.
 * An unanswered intake question stops a session it concerns, as "ask your provider first".
 */
export function decidePreSession(
  intake: SafetyIntake,
  therapyId: TherapyId,
  preSession: PreSessionAnswers,
): PreSessionDecision {
  const facts = { answers: intake.answers, preferences: intake.preferences, preSession };
  const verdict = assessTherapies(facts).find((entry) => entry.therapyId === therapyId);
  if (verdict === undefined) throw new Error(`Unknown therapy ${therapyId}`);
  const redFlags = redFlagAlert(facts);
  const outcome = outcomeOf(verdict, redFlags);
  return {
    outcome,
    verdict,
    redFlags,
    messages: [...new Set(messagesFor(outcome, verdict, redFlags))],
  };
}
