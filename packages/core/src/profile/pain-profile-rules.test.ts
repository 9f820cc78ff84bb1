import { describe, expect, it } from "vitest";
import { painProfileRequestSchema } from "./pain-profile.schema.js";
import { checkPainProfileDates } from "./pain-profile-rules.js";

const profile = painProfileRequestSchema.parse({
  causes: [
    { cause: "shingles", isDiagnosed: true, onsetYear: 2026 },
    { cause: "chemotherapy", isDiagnosed: true, onsetYear: 2027 },
  ],
  medications: [
    { name: "A", dose: null, unit: null, frequency: "", startedOn: "2026-03-29", stoppedOn: null },
    { name: "B", dose: null, unit: null, frequency: "", startedOn: "2026-03-30", stoppedOn: null },
  ],
  otherTreatments: [],
  regions: [],
});

describe("checkPainProfileDates", () => {
  it("allows this year and today, refuses later ones", () => {
    expect(checkPainProfileDates(profile, "2026-03-29")).toEqual([
      { path: "causes.1.onsetYear", message: "Choose a year up to 2026." },
      { path: "medications.1.startedOn", message: "A start date cannot be in the future." },
    ]);
  });
});
