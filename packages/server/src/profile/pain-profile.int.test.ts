import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { aMedication, aPainProfile } from "../testing/pain-profiles.js";
import { useTestApp, testStart } from "../testing/test-app.js";

const testApp = useTestApp();

const profile = aPainProfile()
  .withCauses(
    { cause: "diabetes-type-2", isDiagnosed: true, onsetYear: 2016 },
    { cause: "other", otherText: "Knee surgery", isDiagnosed: false, onsetYear: 2026 },
  )
  .withMedications(
    aMedication(),
    aMedication({
      name: "Capsaicin cream",
      dose: 0.075,
      unit: "%",
      frequency: "when needed",
      startedOn: null,
      stoppedOn: "2024-12-01",
    }),
  )
  .withOtherTreatments({ name: "TENS", note: "helps in the evening" })
  .withRegions(
    { regionId: "left-sole", intensity: 6, qualities: ["burning", "tingling"] },
    { regionId: "right-sole", intensity: 5, qualities: ["numbness"] },
  )
  .build();

describe("pain profile", () => {
  it("is empty until first saved", async () => {
    const person = await signedInPatient(testApp);
    const response = await person.client.get(`/api/users/${person.user.id}/pain-profile`);
    expect(response.json()).toEqual({
      causes: [],
      medications: [],
      otherTreatments: [],
      regions: [],
      updatedAt: null,
    });
  });

  it("saves causes, several medications, other treatments and the pain map, and replaces them", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/pain-profile`;
    const saved = await person.client.request("PUT", url, profile);
    expect(saved.statusCode).toBe(200);
    const expected = { ...profile, updatedAt: testStart.toISOString() };
    expect(saved.json()).toEqual(expected);
    expect((await person.client.get(url)).json()).toEqual(expected);

    const smaller = { ...profile, medications: [], causes: [] };
    await person.client.request("PUT", url, smaller);
    expect((await person.client.get(url)).json()).toMatchObject({ medications: [], causes: [] });
    const rows = await testApp.database.db
      .selectFrom("pain_profiles")
      .select("user_id")
      .where("user_id", "=", person.user.id)
      .execute();
    expect(rows).toHaveLength(1);
  });
});
