import type { PractitionerProfile } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { fieldPaths } from "../safety/testing/safety-client.js";
import { signedInAdmin, signedInPatient } from "../testing/accounts.js";
import { signedInPractitioner } from "../testing/care-team.js";
import { useTestApp } from "../testing/test-app.js";
import { newYork } from "./testing/places.js";
import { aProfileInput } from "./testing/practitioners.js";

const testApp = useTestApp();

async function profileCount(): Promise<number> {
  const rows = await testApp.database.db.selectFrom("practitioner_profiles").select("id").execute();
  return rows.length;
}

describe("a practitioner's own profile", () => {
  it("is written by a practitioner, located at the ZIP centroid, with 'accepting' confirmed by them now", async () => {
    const practitioner = await signedInPractitioner(testApp);
    expect((await practitioner.client.get("/api/directory/my-profile")).statusCode).toBe(404);
    const response = await practitioner.client.request(
      "PUT",
      "/api/directory/my-profile",
      aProfileInput(),
    );
    expect(response.statusCode, response.body).toBe(200);
    const profile = response.json<PractitionerProfile>();
    expect(profile).toMatchObject({
      userId: practitioner.user.id,
      isFictional: false,
      taxonomies: [{ code: "225700000X", label: "Massage Therapist" }],
      location: newYork,
      acceptingVerification: {
        source: "self",
        outcome: "confirmed",
        verifiedAt: testApp.clock.now().toISOString(),
        verifiedBy: practitioner.user.id,
        verifiedByName: practitioner.user.displayName,
      },
      npiVerification: null,
    });
    expect(profile.licences[0]?.verification).toBeNull();
    const again = await practitioner.client.get(`/api/directory/practitioners/${profile.id}`);
    expect(again.json()).toEqual(profile);
  });

  it("refuses a patient (403) and bad values with field paths, writing nothing", async () => {
    const patient = await signedInPatient(testApp);
    expect(
      (await patient.client.request("PUT", "/api/directory/my-profile", aProfileInput()))
        .statusCode,
    ).toBe(403);
    const practitioner = await signedInPractitioner(testApp);
    const before = await profileCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ npi: "1234567890" }, "npi"],
      [{ npi: "12345" }, "npi"],
      [{ taxonomyCodes: ["225700000Y"] }, "taxonomyCodes.0"],
      [{ prices: { minutes30: null, minutes60: -100, minutes90: null } }, "prices.minutes60"],
      [{ prices: { minutes30: null, minutes60: 99_999_999, minutes90: null } }, "prices.minutes60"],
      [{ prices: { minutes30: null, minutes60: 75.5, minutes90: null } }, "prices.minutes60"],
      [
        { slidingScale: { fromMinor: 9000, toMinor: 5000, howDecided: "" } },
        "slidingScale.toMinor",
      ],
      [{ modalities: ["reiki"] }, "modalities.0"],
      [{ currency: "usd" }, "currency"],
      [
        { clinic: { line: "", city: "Nowhere", region: "", postalCode: "00000", country: "US" } },
        "clinic.postalCode",
      ],
    ];
    for (const [change, path] of cases) {
      const response = await practitioner.client.request(
        "PUT",
        "/api/directory/my-profile",
        aProfileInput(change),
      );
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      expect(fieldPaths(response), JSON.stringify(change)).toContain(path);
    }
    expect(await profileCount()).toBe(before);
  });

  it("keeps a licence's verification while it is unchanged, and loses it when the number changes", async () => {
    const practitioner = await signedInPractitioner(testApp);
    const admin = await signedInAdmin(testApp);
    const written = (
      await practitioner.client.request("PUT", "/api/directory/my-profile", aProfileInput())
    ).json<PractitionerProfile>();
    const licence = written.licences[0];
    if (licence === undefined) throw new Error("no licence");
    const verified = await admin.client.post(
      `/api/directory/admin/practitioners/${written.id}/verifications`,
      {
        subject: "licence",
        subjectId: licence.id,
        outcome: "confirmed",
        evidence: "NYS Office of the Professions verification search, licence active",
      },
    );
    expect(verified.statusCode, verified.body).toBe(201);
    expect(verified.json<PractitionerProfile>().licences[0]?.verification).toMatchObject({
      source: "admin",
      verifiedBy: admin.user.id,
      evidence: "NYS Office of the Professions verification search, licence active",
    });
    const kept = await practitioner.client.request(
      "PUT",
      "/api/directory/my-profile",
      aProfileInput({
        bio: "New bio",
        licences: [{ id: licence.id, number: "MT-12345", issuer: "NY" }],
      }),
    );
    expect(kept.json<PractitionerProfile>().licences[0]?.verification?.source).toBe("admin");
    const changed = await practitioner.client.request(
      "PUT",
      "/api/directory/my-profile",
      aProfileInput({ licences: [{ id: licence.id, number: "MT-99999", issuer: "NY" }] }),
    );
    expect(changed.json<PractitionerProfile>().licences[0]?.verification).toBeNull();
    const history = await admin.client.get(
      `/api/directory/admin/practitioners/${written.id}/verifications`,
    );
    expect(
      history.json<{ items: { subject: string }[] }>().items.map((item) => item.subject),
    ).toEqual(expect.arrayContaining(["licence", "accepting-new-clients"]));
  });
});
