import {
  painCauseIds,
  painQualityIds,
  type PainProfile,
  type PainProfileRequest,
} from "@painplan/core";
import { z } from "zod";

/** What the profile form holds while someone types: text as typed, converted only on save. */
const causeValuesSchema = z.object({
  cause: z.enum(painCauseIds),
  isDiagnosed: z.boolean(),
  onsetYear: z.string(),
  otherText: z.string(),
});
const medicationValuesSchema = z.object({
  key: z.string(),
  name: z.string(),
  dose: z.string(),
  unit: z.string(),
  frequency: z.string(),
  startedOn: z.string(),
  stoppedOn: z.string(),
});
const treatmentValuesSchema = z.object({ key: z.string(), name: z.string(), note: z.string() });
const regionMarkSchema = z.object({
  regionId: z.string(),
  intensity: z.number().nullable(),
  qualities: z.array(z.enum(painQualityIds)),
});

export const profileFormValuesSchema = z.object({
  causes: z.array(causeValuesSchema),
  medications: z.array(medicationValuesSchema),
  otherTreatments: z.array(treatmentValuesSchema),
  regions: z.array(regionMarkSchema),
});
export type ProfileFormValues = z.infer<typeof profileFormValuesSchema>;
export type CauseValues = z.infer<typeof causeValuesSchema>;
export type MedicationValues = z.infer<typeof medicationValuesSchema>;
export type TreatmentValues = z.infer<typeof treatmentValuesSchema>;

export function emptyMedication(key: string): MedicationValues {
  return { key, name: "", dose: "", unit: "", frequency: "", startedOn: "", stoppedOn: "" };
}

export function emptyTreatment(key: string): TreatmentValues {
  return { key, name: "", note: "" };
}

/** The saved profile as form values; `newKey` names list rows for React. */
export function profileFormValuesFrom(
  profile: PainProfile,
  newKey: () => string,
): ProfileFormValues {
  return {
    causes: profile.causes.map((entry) => ({
      cause: entry.cause,
      isDiagnosed: entry.isDiagnosed,
      onsetYear: entry.onsetYear === null ? "" : String(entry.onsetYear),
      otherText: entry.otherText ?? "",
    })),
    medications: profile.medications.map((medication) => ({
      key: newKey(),
      name: medication.name,
      dose: medication.dose === null ? "" : String(medication.dose),
      unit: medication.unit ?? "",
      frequency: medication.frequency,
      startedOn: medication.startedOn ?? "",
      stoppedOn: medication.stoppedOn ?? "",
    })),
    otherTreatments: profile.otherTreatments.map((treatment) => ({ key: newKey(), ...treatment })),
    regions: profile.regions,
  };
}

function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

/** "0,5" is how half a tablet is written in much of the world. Not a number stays NaN. */
function numberOrNull(text: string): number | null {
  const trimmed = text.trim().replace(",", ".");
  return trimmed === "" ? null : Number(trimmed);
}

/**
 * The form as the PUT body: empty optional fields become null. Rows keep their places (an empty
 * row is an error next to it, not silently dropped), so error paths match the rows on screen.
 */
export function profileRequestFrom(values: ProfileFormValues): PainProfileRequest {
  return {
    causes: values.causes.map((entry) => ({
      cause: entry.cause,
      isDiagnosed: entry.isDiagnosed,
      onsetYear: numberOrNull(entry.onsetYear),
      ...(entry.cause === "other" ? { otherText: entry.otherText.trim() } : {}),
    })),
    medications: values.medications.map((medication) => ({
      name: medication.name.trim(),
      dose: numberOrNull(medication.dose),
      unit: textOrNull(medication.unit),
      frequency: medication.frequency.trim(),
      startedOn: textOrNull(medication.startedOn),
      stoppedOn: textOrNull(medication.stoppedOn),
    })),
    otherTreatments: values.otherTreatments.map((treatment) => ({
      name: treatment.name.trim(),
      note: treatment.note.trim(),
    })),
    regions: values.regions.map((mark) => ({
      regionId: mark.regionId,
      intensity: mark.intensity ?? 0,
      qualities: [...mark.qualities],
    })),
  };
}
