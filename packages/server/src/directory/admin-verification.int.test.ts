import type { PractitionerProfile } from "@painplan/core";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fieldPaths } from "../safety/testing/safety-client.js";
import { signedInAdmin } from "../testing/accounts.js";
import { signedInPractitioner } from "../testing/care-team.js";
import { useTestApp } from "../testing/test-app.js";
import { aProfileInput } from "./testing/practitioners.js";

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
});
