import { modalitySafety, type SafetyIntake } from "@painplan/core";
import type { AvoidList } from "./practitioner-mapping";

/**
 * The modalities the person's safety answers say to avoid, with why, from core's own rule (the
 * one the server's fit uses). The search gets this in each result's fit; pages outside a search
 * (saved therapists, a profile) use this, so they never call a therapist a match the search would
 * not.
 */
export function avoidListFrom(intake: SafetyIntake | undefined): AvoidList {
  const avoided = new Map<Parameters<AvoidList["get"]>[0], string>();
  if (intake === undefined || intake.version === null) return avoided;
  for (const [modality, verdict] of modalitySafety(intake)) {
    if (verdict.level === "avoid") avoided.set(modality, verdict.why);
  }
  return avoided;
}
