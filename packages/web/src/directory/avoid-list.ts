import {
  practitionerModalities,
  therapyIdsOfModality,
  type PractitionerModality,
  type SafetyAssessment,
} from "@painplan/core";
import type { AvoidList } from "./practitioner-mapping";

/**
 * The modalities the person's safety answers say to avoid, with the first reason, from their
 * assessment (a modality is avoided when any library therapy it stands for is: yoga therapy
 * covers every pose). The search gets this from the server's fit; pages outside a search (saved
 * practitioners) use this, so a saved therapist is never shown as a match the search would refuse.
 */
export function avoidListFrom(assessment: SafetyAssessment | undefined): AvoidList {
  const avoided = new Map<PractitionerModality, string>();
  if (assessment === undefined) return avoided;
  const verdicts = new Map(assessment.therapies.map((verdict) => [verdict.therapyId, verdict]));
  for (const modality of practitionerModalities) {
    for (const therapyId of therapyIdsOfModality(modality)) {
      const verdict = verdicts.get(therapyId);
      if (verdict?.level !== "avoid") continue;
      const reason = verdict.reasons.find((candidate) => candidate.level === "avoid");
      avoided.set(modality, reason?.text ?? "your safety answers say to avoid it");
      break;
    }
  }
  return avoided;
}
