import { describe, expect, it } from "vitest";
import { painProfileRequestSchema, type PainProfileRequest } from "./pain-profile.schema.js";

const profile: PainProfileRequest = {
  causes: [
    { cause: "diabetes-type-2", isDiagnosed: true, onsetYear: 2015 },
    { cause: "other", otherText: "Old injury", isDiagnosed: false, onsetYear: null },
  ],
  medications: [
    {
      name: "Pregabalin",
      dose: 75,
      unit: "mg",
      frequency: "twice a day",
      startedOn: "2025-01-10",
      stoppedOn: null,
    },
  ],
  otherTreatments: [{ name: "TENS", note: "evenings" }],
  regions: [{ regionId: "left-sole", intensity: 6, qualities: ["burning"] }],
};

function paths(change: Partial<PainProfileRequest>): string[] {
  const result = painProfileRequestSchema.safeParse({ ...profile, ...change });
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

describe("pain profile body", () => {
  it("accepts a full profile", () => {
    expect(paths({})).toEqual([]);
  });

  it("accepts sciatica or radiculopathy and trigeminal neuralgia as causes (reference §7)", () => {
    const causes = [
      { cause: "sciatica-radiculopathy", isDiagnosed: true, onsetYear: 2020 },
      { cause: "trigeminal-neuralgia", isDiagnosed: false, onsetYear: null },
    ];
    expect(paths({ causes: causes as PainProfileRequest["causes"] })).toEqual([]);
  });

  it("refuses an unknown cause, a cause listed twice and 'other' without words", () => {
    const unknown = [{ cause: "gout", isDiagnosed: true, onsetYear: null }];
    expect(paths({ causes: unknown as PainProfileRequest["causes"] })).toEqual(["causes.0.cause"]);
    const twice = [
      { cause: "hiv" as const, isDiagnosed: true, onsetYear: null },
      { cause: "hiv" as const, isDiagnosed: false, onsetYear: null },
    ];
    expect(paths({ causes: twice })).toEqual(["causes"]);
    expect(paths({ causes: [{ cause: "other", isDiagnosed: false, onsetYear: null }] })).toEqual([
      "causes.0.otherText",
    ]);
  });

  it("refuses a year before 1900, a stop before the start, a negative dose and unknown regions", () => {
    expect(paths({ causes: [{ cause: "hiv", isDiagnosed: true, onsetYear: 1899 }] })).toEqual([
      "causes.0.onsetYear",
    ]);
    const medication = profile.medications[0];
    if (medication === undefined) throw new Error("fixture");
    expect(paths({ medications: [{ ...medication, stoppedOn: "2024-12-31" }] })).toEqual([
      "medications.0.stoppedOn",
    ]);
    expect(paths({ medications: [{ ...medication, dose: -1 }] })).toEqual(["medications.0.dose"]);
    expect(paths({ medications: [{ ...medication, name: "  " }] })).toEqual(["medications.0.name"]);
    expect(paths({ regions: [{ regionId: "wing", intensity: 1, qualities: [] }] })).toEqual([
      "regions.0.regionId",
    ]);
  });
});
