import type { CareTeamClientsResponse, CareTeamResponse } from "@painplan/core";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import {
  allScopes,
  anInvitationBody,
  invite,
  joinCareTeam,
  revokeMember,
  signedInPractitioner,
} from "../testing/care-team.js";
import { race, statusCounts } from "../testing/race.js";
import { testStart, useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();
const acceptUrl = "/api/care-team/invitations/accept";
const teamUrl = (userId: string) => `/api/users/${userId}/care-team`;

describe("invitations", () => {
  it("are single use, random, and kept only as a hash", async () => {
    const owner = await signedInPatient(testApp);
    const practitioner = await signedInPractitioner(testApp);
    const invitation = await invite(owner);
    expect(invitation.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(invitation.acceptUrl).toBe(
      `http://painplan.test/care-team/accept#code=${invitation.token}`,
    );
    expect(invitation.member).toMatchObject({
      status: "invited",
      practitioner: null,
      invitedEmail: "therapist@example.org",
      expiresAt: "2026-04-12T00:30:00.000Z",
    });
    const stored = await testApp.database.db
      .selectFrom("care_team_members")
      .select("token_hash")
      .where("id", "=", invitation.member.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(createHash("sha256").update(invitation.token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(invitation.token);

    const accepted = await practitioner.client.post(acceptUrl, { token: invitation.token });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      userId: owner.user.id,
      displayName: owner.user.displayName,
      timeZone: owner.user.timeZone,
      scopes: allScopes,
    });
    const again = await practitioner.client.post(acceptUrl, { token: invitation.token });
    expect(again.statusCode).toBe(409);
    const someoneElse = await signedInPractitioner(testApp);
    expect((await someoneElse.client.post(acceptUrl, { token: invitation.token })).statusCode).toBe(
      409,
    );
    const team = (await owner.client.get(teamUrl(owner.user.id))).json<CareTeamResponse>();
    expect(team.members).toMatchObject([
      {
        status: "active",
        practitioner: { userId: practitioner.user.id, displayName: practitioner.user.displayName },
        acceptedAt: testStart.toISOString(),
      },
    ]);
  });

  it("expire after 14 days", async () => {
    const owner = await signedInPatient(testApp);
    const { token, member } = await invite(owner);
    testApp.clock.advance(14 * 24 * 60 * 60 * 1000);
    try {
      // Signed in after the jump (a sign-in session would have lapsed meanwhile).
      const practitioner = await signedInPractitioner(testApp);
      const late = await practitioner.client.post(acceptUrl, { token });
      expect(late.statusCode).toBe(409);
      expect(late.json<{ error: { message: string } }>().error.message).toContain("expired");
      const row = await testApp.database.db
        .selectFrom("care_team_members")
        .select(["status", "practitioner_id"])
        .where("id", "=", member.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: "invited", practitioner_id: null });
    } finally {
      testApp.clock.set(testStart);
    }
  });

  it("refuse unknown codes, patients, a revoked invitation, and a practitioner it does not name", async () => {
    const owner = await signedInPatient(testApp);
    const named = await signedInPractitioner(testApp);
    const other = await signedInPractitioner(testApp);
    expect((await other.client.post(acceptUrl, { token: "nope" })).statusCode).toBe(404);

    const { token } = await invite(owner, { scopes: allScopes, practitionerId: named.user.id });
    expect((await other.client.post(acceptUrl, { token })).statusCode).toBe(404);
    const patient = await signedInPatient(testApp);
    expect((await patient.client.post(acceptUrl, { token })).statusCode).toBe(403);
    expect((await named.client.post(acceptUrl, { token })).statusCode).toBe(200);

    const withdrawn = await invite(owner);
    await revokeMember(owner, withdrawn.member.id);
    expect((await named.client.post(acceptUrl, { token: withdrawn.token })).statusCode).toBe(404);
  });

  it("refuse a practitioner id that is not a practitioner's, and a second invitation to one", async () => {
    const owner = await signedInPatient(testApp);
    const patient = await signedInPatient(testApp);
    const url = `${teamUrl(owner.user.id)}/invitations`;
    const notOne = await owner.client.post(
      url,
      anInvitationBody({ practitionerId: patient.user.id }),
    );
    expect(notOne.statusCode).toBe(400);
    expect(notOne.json()).toMatchObject({
      error: { details: { fields: [{ path: "practitionerId" }] } },
    });
    const both = await owner.client.post(
      url,
      anInvitationBody({ practitionerId: patient.user.id, email: "a@example.org" }),
    );
    expect(both.statusCode).toBe(400);
    const practitioner = await signedInPractitioner(testApp);
    await joinCareTeam(owner, practitioner);
    const twice = await owner.client.post(
      url,
      anInvitationBody({ practitionerId: practitioner.user.id }),
    );
    expect(twice.statusCode).toBe(409);
    const rows = await testApp.database.db
      .selectFrom("care_team_members")
      .select("id")
      .where("user_id", "=", owner.user.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("accepted by many at once: exactly one wins", async () => {
    const owner = await signedInPatient(testApp);
    const practitioners = await Promise.all(
      Array.from({ length: 6 }, () => signedInPractitioner(testApp)),
    );
    const { token } = await invite(owner);
    const responses = await race(
      async (index) => {
        const practitioner = practitioners[index];
        if (practitioner === undefined) throw new Error("no practitioner");
        return practitioner.client.post(acceptUrl, { token });
      },
      { count: practitioners.length },
    );
    expect(statusCounts(responses)).toEqual({ 200: 1, 409: 5 });
  });
});

describe("a practitioner's clients", () => {
  it("lists active memberships only, named and zoned as each client", async () => {
    const practitioner = await signedInPractitioner(testApp);
    const first = await signedInPatient(testApp);
    const second = await signedInPatient(testApp);
    const { memberId } = await joinCareTeam(first, practitioner);
    await joinCareTeam(second, practitioner, { ...allScopes, instruments: false });
    await revokeMember(first, memberId);
    const { clients } = (
      await practitioner.client.get("/api/care-team/clients")
    ).json<CareTeamClientsResponse>();
    expect(clients).toEqual([
      expect.objectContaining({
        userId: second.user.id,
        displayName: second.user.displayName,
        timeZone: second.user.timeZone,
        scopes: { ...allScopes, instruments: false },
      }),
    ]);
  });
});
