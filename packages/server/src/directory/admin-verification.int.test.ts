import { errorBodySchema, type PractitionerProfile } from "@painplan/core";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fieldPaths } from "../safety/testing/safety-client.js";
import { signedInAdmin, signedInPatient } from "../testing/accounts.js";
import { signedInPractitioner } from "../testing/care-team.js";
import { useTestApp } from "../testing/test-app.js";
import { aFreshNpi, aProfileInput } from "./testing/practitioners.js";

type QueueItem = {
  practitionerId: string;
  subject: string;
  npi: { number: string; isCheckDigitValid: boolean } | null;
  isAcceptingNewClients: boolean;
};

/** A fresh NPI with its last digit off by one: the check digit no longer matches. */
function aMistypedNpi(): string {
  const npi = aFreshNpi();
  return `${npi.slice(0, 9)}${String((Number(npi[9]) + 1) % 10)}`;
}

const testApp = useTestApp();

describe("admin verification", () => {
  it("lists unverified licences, refuses a licence of another practitioner, and is admin-only", async () => {
    const admin = await signedInAdmin(testApp);
    const practitioner = await signedInPractitioner(testApp);
    const profile = (
      await practitioner.client.request("PUT", "/api/directory/my-profile", aProfileInput())
    ).json<PractitionerProfile>();
    const queue = await admin.client.get("/api/directory/admin/verification-queue?limit=100");
    expect(queue.statusCode).toBe(200);
    const items = queue.json<{ items: { practitionerId: string; subject: string }[] }>().items;
    expect(
      items
        .filter((item) => item.practitionerId === profile.id)
        .map((item) => item.subject)
        .sort(),
    ).toEqual(["certification", "licence"]);
    const wrong = await admin.client.post(
      `/api/directory/admin/practitioners/${profile.id}/verifications`,
      {
        subject: "licence",
        subjectId: randomUUID(),
        outcome: "confirmed",
        evidence: "a look-up",
      },
    );
    expect(wrong.statusCode).toBe(400);
    expect(fieldPaths(wrong)).toEqual(["subjectId"]);
    const noEvidence = await admin.client.post(
      `/api/directory/admin/practitioners/${profile.id}/verifications`,
      {
        subject: "npi",
        subjectId: null,
        outcome: "confirmed",
        evidence: " ",
      },
    );
    expect(fieldPaths(noEvidence)).toEqual(["evidence"]);
    expect(
      (await practitioner.client.get("/api/directory/admin/verification-queue")).statusCode,
    ).toBe(403);
  });

  it("shows each practitioner's NPI with its check digit and whether they take new clients", async () => {
    const admin = await signedInAdmin(testApp);
    const listed = async (overrides: Parameters<typeof aProfileInput>[0]) => {
      const practitioner = await signedInPractitioner(testApp);
      const written = await practitioner.client.request(
        "PUT",
        "/api/directory/my-profile",
        aProfileInput(overrides),
      );
      expect(written.statusCode, written.body).toBe(200);
      return { practitioner, profile: written.json<PractitionerProfile>() };
    };
    const accepting = await listed({ isAcceptingNewClients: true });
    const full = await listed({ npi: null, isAcceptingNewClients: false });
    const mistyped = await listed({});
    // The profile form refuses a wrong check digit; a row written before that rule (or by hand)
    // may still hold one, and the admin must see that it is a typo.
    const badNpi = aMistypedNpi();
    await testApp.database.db
      .updateTable("practitioner_profiles")
      .set({ npi: badNpi })
      .where("id", "=", mistyped.profile.id)
      .execute();

    const queue = await admin.client.get("/api/directory/admin/verification-queue?limit=100");
    expect(queue.statusCode).toBe(200);
    const items = queue.json<{ items: QueueItem[] }>().items;
    const facts = (practitionerId: string) =>
      items
        .filter((item) => item.practitionerId === practitionerId)
        .map(({ subject, npi, isAcceptingNewClients }) => ({ subject, npi, isAcceptingNewClients }))
        .sort((a, b) => a.subject.localeCompare(b.subject));
    expect(facts(accepting.profile.id)).toEqual(
      ["certification", "licence"].map((subject) => ({
        subject,
        npi: { number: accepting.profile.npi, isCheckDigitValid: true },
        isAcceptingNewClients: true,
      })),
    );
    expect(facts(full.profile.id)).toEqual(
      ["certification", "licence"].map((subject) => ({
        subject,
        npi: null,
        isAcceptingNewClients: false,
      })),
    );
    expect(facts(mistyped.profile.id)).toEqual(
      ["certification", "licence"].map((subject) => ({
        subject,
        npi: { number: badNpi, isCheckDigitValid: false },
        isAcceptingNewClients: true,
      })),
    );

    // Only admins see the queue: everyone else gets the error body, with no one's NPI or name in
    // it (the practitioner whose NPI it lists included).
    const patient = await signedInPatient(testApp);
    const refused = [
      { who: "anonymous", client: testApp.client(), status: 401 },
      { who: "patient", client: patient.client, status: 403 },
      { who: "the practitioner listed", client: accepting.practitioner.client, status: 403 },
    ];
    for (const { who, client, status } of refused) {
      const response = await client.get("/api/directory/admin/verification-queue?limit=100");
      expect(response.statusCode, who).toBe(status);
      expect(errorBodySchema.safeParse(response.json()).success, who).toBe(true);
      for (const secret of [accepting.profile.npi ?? "", badNpi, accepting.profile.displayName]) {
        expect(response.body, who).not.toContain(secret);
      }
    }
  });
});
