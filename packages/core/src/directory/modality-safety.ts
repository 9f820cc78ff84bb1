import { assessTherapies } from "../safety/assess-safety.js";
import type { SafetyIntake } from "../safety/safety-intake.schema.js";
import { severityOf } from "../safety/verdict-level.js";
import type { SafetyVerdictOfModality } from "./fit-score.js";
import {
  practitionerModalities,
  therapyIdsOfModality,
  type PractitionerModality,
} from "./practitioner-modalities.js";

/**
 * The person's safety verdict for each modality a practitioner may offer, from the same rules as
 * the safety assessment (`assessTherapies`). A modality standing for several library therapies
 * (yoga therapy: every pose; mindfulness teaching: every practice) takes the mildest of them, since
 * the practitioner chooses among them; a single therapy keeps its own verdict. Only whole-therapy
 * verdicts count here: "avoid at the feet" does not rule a massage therapist out.
 */
export function modalitySafety(
  intake: SafetyIntake | undefined,
): Map<PractitionerModality, SafetyVerdictOfModality> {
  const verdicts = new Map<PractitionerModality, SafetyVerdictOfModality>();
  if (intake === undefined) return verdicts;
  const therapies = assessTherapies({ answers: intake.answers, preferences: intake.preferences });
  const byId = new Map(therapies.map((verdict) => [verdict.therapyId as string, verdict]));
  for (const modality of practitionerModalities) {
    const own = therapyIdsOfModality(modality)
      .map((id) => byId.get(id))
      .filter((verdict) => verdict !== undefined);
    const mildest = own.sort((a, b) => severityOf(a.level) - severityOf(b.level))[0];
    if (mildest === undefined || mildest.level === "ok") continue;
    verdicts.set(modality, {
      level: mildest.level,
      why: mildest.reasons[0]?.text ?? "see your safety sheet",
    });
  }
  return verdicts;
}
