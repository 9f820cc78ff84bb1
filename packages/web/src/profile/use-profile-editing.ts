import type { PainCauseId } from "@painplan/core";
import type { BodyMapValue } from "../body-map/body-map-selection";
import {
  emptyMedication,
  emptyTreatment,
  type CauseValues,
  type MedicationValues,
  type ProfileFormValues,
  type TreatmentValues,
} from "./profile-form-values";

type Update = (update: (previous: ProfileFormValues) => ProfileFormValues) => void;

function changeByKey<T extends { key: string }>(
  rows: readonly T[],
  key: string,
  change: Partial<T>,
) {
  return rows.map((row) => (row.key === key ? { ...row, ...change } : row));
}

/** The profile form's edits, each a small pure change of the draft. */
export function useProfileEditing(setValue: Update, newKey: () => string) {
  return {
    toggleCause: (cause: PainCauseId) => {
      setValue((values) => {
        const isChosen = values.causes.some((entry) => entry.cause === cause);
        const causes = isChosen
          ? values.causes.filter((entry) => entry.cause !== cause)
          : [...values.causes, { cause, isDiagnosed: false, onsetYear: "", otherText: "" }];
        return { ...values, causes };
      });
    },
    changeCause: (cause: PainCauseId, change: Partial<CauseValues>) => {
      setValue((values) => ({
        ...values,
        causes: values.causes.map((entry) =>
          entry.cause === cause ? { ...entry, ...change } : entry,
        ),
      }));
    },
    addMedication: () => {
      setValue((values) => ({
        ...values,
        medications: [...values.medications, emptyMedication(newKey())],
      }));
    },
    changeMedication: (key: string, change: Partial<MedicationValues>) => {
      setValue((values) => ({
        ...values,
        medications: changeByKey(values.medications, key, change),
      }));
    },
    removeMedication: (key: string) => {
      setValue((values) => ({
        ...values,
        medications: values.medications.filter((row) => row.key !== key),
      }));
    },
    addTreatment: () => {
      setValue((values) => ({
        ...values,
        otherTreatments: [...values.otherTreatments, emptyTreatment(newKey())],
      }));
    },
    changeTreatment: (key: string, change: Partial<TreatmentValues>) => {
      setValue((values) => ({
        ...values,
        otherTreatments: changeByKey(values.otherTreatments, key, change),
      }));
    },
    removeTreatment: (key: string) => {
      setValue((values) => ({
        ...values,
        otherTreatments: values.otherTreatments.filter((row) => row.key !== key),
      }));
    },
    setRegions: (regions: BodyMapValue) => {
      setValue((values) => ({
        ...values,
        regions: regions.map((mark) => ({ ...mark, qualities: [...mark.qualities] })),
      }));
    },
  };
}
