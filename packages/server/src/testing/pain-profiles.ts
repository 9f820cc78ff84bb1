import type { PainProfileRequest } from "@painplan/core";

type Medication = PainProfileRequest["medications"][number];
type Cause = PainProfileRequest["causes"][number];

/** A medication record: `aMedication({ name: "Duloxetine", dose: 60 })`. */
export function aMedication(overrides: Partial<Medication> = {}): Medication {
  return {
    name: "Pregabalin",
    dose: 75,
    unit: "mg",
    frequency: "twice a day",
    startedOn: "2025-01-10",
    stoppedOn: null,
    ...overrides,
  };
}

/** Builder for pain profile bodies: `aPainProfile().withCauses(...).build()`; empty by default. */
export function aPainProfile(overrides: Partial<PainProfileRequest> = {}) {
  const value: PainProfileRequest = {
    causes: [],
    medications: [],
    otherTreatments: [],
    regions: [],
    ...overrides,
  };
  const next = (change: Partial<PainProfileRequest>) => aPainProfile({ ...value, ...change });
  return {
    withCauses: (...causes: Cause[]) => next({ causes }),
    withMedications: (...medications: Medication[]) => next({ medications }),
    withOtherTreatments: (...otherTreatments: PainProfileRequest["otherTreatments"]) =>
      next({ otherTreatments }),
    withRegions: (...regions: PainProfileRequest["regions"]) => next({ regions }),
    build: (): PainProfileRequest => structuredClone(value),
  };
}
