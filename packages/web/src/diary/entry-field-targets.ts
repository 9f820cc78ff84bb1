import { painScoreFields } from "@painplan/core";
import { regionIntensityId } from "../body-map/region-details";
import { occurrenceIdOf } from "../forms/wall-time-field";
import { wallTimeOccurrencePath, type EntryFormValues } from "./entry-form-values";

export const entryMapIdPrefix = "entry-map";
export const entryTimeId = "entry-time";

/**
 * Error paths of the contract → the input to focus and a short name for the error summary, in
 * the order the fields appear on the form (the summary's order).
 */
export function entryFieldTargets(values: EntryFormValues) {
  const targets: Record<string, { id: string; label: string }> = {
    recordedAt: { id: entryTimeId, label: "Date and time" },
    [wallTimeOccurrencePath]: { id: occurrenceIdOf(entryTimeId), label: "Which time" },
    intensityNow: { id: "entry-intensity-now", label: painScoreFields.intensityNow.label },
    averageIntensity: { id: "entry-average", label: "Average pain" },
    worstIntensity: { id: "entry-worst", label: "Worst pain" },
    sleepInterference: { id: "entry-sleep", label: "Sleep" },
    mood: { id: "entry-mood", label: "Mood" },
  };
  // The body map sits between the scores and the notes on the form.
  values.regions.forEach((mark, index) => {
    targets[`regions.${index}.intensity`] = {
      id: regionIntensityId(entryMapIdPrefix, mark.regionId),
      label: "Body area",
    };
  });
  return {
    ...targets,
    activityNote: { id: "entry-activity", label: "What you did" },
    triggers: { id: "entry-triggers", label: "What made it worse" },
    helpers: { id: "entry-helpers", label: "What helped" },
    notes: { id: "entry-notes", label: "Notes" },
  };
}
