import { painProfileRequestSchema, type PainProfile } from "@painplan/core";
import { describe, expect, test } from "vitest";
import {
  emptyMedication,
  profileFormValuesFrom,
  profileRequestFrom,
  type ProfileFormValues,
} from "./profile-form-values";
import { unratedRegionProblems } from "../body-map/body-map-selection";

const keys = () => {
  let next = 0;
  return () => `key-${++next}`;
};

const savedProfile: PainProfile = {
  causes: [{ cause: "diabetes-type-2", isDiagnosed: true, onsetYear: 2018 }],
  medications: [
    {
      name: "Pregabalin",
      dose: 75,
      unit: "mg",
      frequency: "twice a day",
      startedOn: "2024-02-01",
      stoppedOn: null,
    },
  ],
  otherTreatments: [{ name: "TENS", note: "" }],
  regions: [{ regionId: "left-sole", intensity: 6, qualities: ["burning"] }],
  updatedAt: "2026-01-01T00:00:00.000Z",
};

describe("pain profile form values", () => {
  test("a saved profile goes into the form and comes back out the same", () => {
    const values = profileFormValuesFrom(savedProfile, keys());
    expect(values.medications[0]?.dose).toBe("75");
    expect({ ...profileRequestFrom(values), updatedAt: savedProfile.updatedAt }).toEqual(
      savedProfile,
    );
  });

  test("empty optional fields become null; a decimal comma is read as a point", () => {
    const values: ProfileFormValues = {
      causes: [{ cause: "other", isDiagnosed: false, onsetYear: " ", otherText: " lupus " }],
      medications: [{ ...emptyMedication("a"), name: "Lidocaine plaster", dose: "0,5" }],
      otherTreatments: [],
      regions: [],
    };
    const request = profileRequestFrom(values);
    expect(request.causes[0]).toEqual({
      cause: "other",
      isDiagnosed: false,
      onsetYear: null,
      otherText: "lupus",
    });
    expect(request.medications[0]).toMatchObject({ dose: 0.5, unit: null, startedOn: null });
    expect(painProfileRequestSchema.safeParse(request).success).toBe(true);
  });

  test("a dose that is not a number is left for the contract to explain", () => {
    const values: ProfileFormValues = {
      causes: [],
      medications: [{ ...emptyMedication("a"), name: "X", dose: "two" }],
      otherTreatments: [],
      regions: [],
    };
    const result = painProfileRequestSchema.safeParse(profileRequestFrom(values));
    expect(result.error?.issues[0]?.path).toEqual(["medications", 0, "dose"]);
  });

  test("areas on the map without a number are named, with the path of their scale", () => {
    const problems = unratedRegionProblems(
      [
        { regionId: "face", intensity: 3, qualities: [] },
        { regionId: "right-palm", intensity: null, qualities: [] },
      ],
      "how strong it usually is",
    );
    expect(problems).toEqual([
      {
        path: "regions.1.intensity",
        message: "Choose a number for your right palm (how strong it usually is), or remove it.",
      },
    ]);
  });
});
