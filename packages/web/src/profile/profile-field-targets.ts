import { findBodyRegion, painCauses } from "@painplan/core";
import { regionIntensityId } from "../body-map/region-details";
import { causeFieldId } from "./cause-list";
import { medicationFieldId } from "./medication-list";
import type { ProfileFormValues } from "./profile-form-values";
import { treatmentFieldId } from "./treatment-list";

type FieldTarget = { id: string; label: string };

export const profileMapIdPrefix = "profile-map";

const medicationLabels = {
  name: "name",
  dose: "dose",
  unit: "unit",
  frequency: "how often",
  startedOn: "start date",
  stoppedOn: "stop date",
} as const;

/** Error paths of the contract ("medications.0.dose") → the input to focus and its name. */
export function profileFieldTargets(values: ProfileFormValues): Record<string, FieldTarget> {
  const targets: Record<string, FieldTarget> = {};
  values.causes.forEach((entry, index) => {
    const label = painCauses.find((cause) => cause.id === entry.cause)?.label ?? entry.cause;
    targets[`causes.${index}.onsetYear`] = {
      id: causeFieldId(entry.cause, "year"),
      label: `${label}, year it started`,
    };
    targets[`causes.${index}.otherText`] = {
      id: causeFieldId(entry.cause, "other-text"),
      label: "Other cause",
    };
  });
  values.medications.forEach((_medication, index) => {
    for (const [field, name] of Object.entries(medicationLabels)) {
      targets[`medications.${index}.${field}`] = {
        id: medicationFieldId(index, field as keyof typeof medicationLabels),
        label: `Medicine ${index + 1}, ${name}`,
      };
    }
  });
  values.otherTreatments.forEach((_treatment, index) => {
    targets[`otherTreatments.${index}.name`] = {
      id: treatmentFieldId(index, "name"),
      label: `Treatment ${index + 1}, name`,
    };
    targets[`otherTreatments.${index}.note`] = {
      id: treatmentFieldId(index, "note"),
      label: `Treatment ${index + 1}, note`,
    };
  });
  values.regions.forEach((mark, index) => {
    targets[`regions.${index}.intensity`] = {
      id: regionIntensityId(profileMapIdPrefix, mark.regionId),
      label: findBodyRegion(mark.regionId)?.label ?? mark.regionId,
    };
  });
  return targets;
}

/** Region errors by region id, for the body map to show next to each scale. */
export function regionErrors(
  values: ProfileFormValues,
  fields: Readonly<Record<string, string>>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  values.regions.forEach((mark, index) => {
    const message = fields[`regions.${index}.intensity`];
    if (message !== undefined) errors[mark.regionId] = message;
  });
  return errors;
}
