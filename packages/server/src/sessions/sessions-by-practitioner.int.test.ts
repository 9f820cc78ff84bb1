import type { TherapySession } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { useTestApp } from "../testing/test-app.js";
import { aSessionLog, sessionRowCounts, sessionsUrl } from "./testing/sessions.js";

const testApp = useTestApp();

describe("sessions: entered by a practitioner the person allowed", () => {
  async function practitionerWithGrant(owner: SignedInClient, mayWrite: boolean) {
    const client = testApp.client();
    const registered = await client.post(
      "/api/auth/register",
      aRegistration().withRole("practitioner").build(),
    );
    expect(registered.statusCode).toBe(201);
    const id = registered.json<{ user: { id: string } }>().user.id;
    testApp.grant({ readerId: id, ownerId: owner.user.id, kinds: ["sessions"], mayWrite });
    return { client, id };
  }

  it("stores who entered it; a reader without a write grant gets 404 and writes nothing", async () => {
    const person = await signedInPatient(testApp);
    const reader = await practitionerWithGrant(person, false);
    expect((await reader.client.post(sessionsUrl(person), aSessionLog())).statusCode).toBe(404);
    expect(await sessionRowCounts(testApp, person.user.id)).toEqual({ sessions: 0, followUps: 0 });
    const therapist = await practitionerWithGrant(person, true);
    const written = await therapist.client.post(sessionsUrl(person), aSessionLog());
    expect(written.statusCode, written.body).toBe(201);
    const session = written.json<TherapySession>();
    expect(session.enteredBy).toBe(therapist.id);
    // The owner's zone, not the practitioner's.
    expect(session.timeZone).toBe(person.user.timeZone);
  });
});
