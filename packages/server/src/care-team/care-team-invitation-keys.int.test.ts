import type { CareTeamInvitation, CareTeamResponse } from "@painplan/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpMailer } from "../mail/mailer.js";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { allScopes, anInvitationBody, signedInPractitioner } from "../testing/care-team.js";
import { race, raceSize, statusCounts } from "../testing/race.js";
import { startSmtpSink } from "../testing/smtp-sink.js";
import { useTestApp } from "../testing/test-app.js";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
});

const testApp = useTestApp({
  mailer: {
    isConfigured: true,
    send: (mail) => smtpMailer(sink.url, "PainPlan <no-reply@painplan.test>").send(mail),
  },
});

const invitationsUrl = (userId: string) => `/api/users/${userId}/care-team/invitations`;
const mailsTo = (address: string) => sink.received.filter((mail) => mail.to.includes(address));

/** The owner's care team as stored: one row per invitation made. */
async function teamOf(owner: SignedInClient) {
  const team = await owner.client.get(`/api/users/${owner.user.id}/care-team`);
  return team.json<CareTeamResponse>().members;
}

describe("an invitation sent again with its idempotency key", () => {
  it("is the first invitation, without its code, and no second e-mail goes out", async () => {
    const owner = await signedInPatient(testApp);
    const body = anInvitationBody({ email: "retry-once@example.org" });
    const first = await owner.client.post(invitationsUrl(owner.user.id), body);
    expect(first.statusCode, first.body).toBe(201);
    const again = await owner.client.post(invitationsUrl(owner.user.id), body);
    expect(again.statusCode, again.body).toBe(201);
    const made = first.json<CareTeamInvitation>();
    expect(again.json<CareTeamInvitation>()).toEqual({
      member: made.member,
      token: null,
      acceptUrl: null,
      isMailed: true,
    });
    expect(await teamOf(owner)).toEqual([made.member]);
    expect(mailsTo("retry-once@example.org")).toHaveLength(1);
  });

  it("by a practitioner's account is the first invitation, not 'already invited'", async () => {
    const owner = await signedInPatient(testApp);
    const practitioner = await signedInPractitioner(testApp);
    const body = anInvitationBody({ practitionerId: practitioner.user.id });
    const first = await owner.client.post(invitationsUrl(owner.user.id), body);
    const again = await owner.client.post(invitationsUrl(owner.user.id), body);
    expect([first.statusCode, again.statusCode], again.body).toEqual([201, 201]);
    expect(again.json<CareTeamInvitation>().member.id).toBe(
      first.json<CareTeamInvitation>().member.id,
    );
  });

  it("with other fields under the used key is 409 idempotency_key_reused, and nothing is sent", async () => {
    const owner = await signedInPatient(testApp);
    const body = anInvitationBody({ email: "reused-key@example.org" });
    expect((await owner.client.post(invitationsUrl(owner.user.id), body)).statusCode).toBe(201);
    for (const other of [
      { ...body, email: "someone-else@example.org" },
      { ...body, scopes: { ...allScopes, plan: false } },
    ]) {
      const reused = await owner.client.post(invitationsUrl(owner.user.id), other);
      expect(reused.statusCode, reused.body).toBe(409);
      expect(reused.json()).toMatchObject({ error: { code: "idempotency_key_reused" } });
    }
    expect(await teamOf(owner)).toHaveLength(1);
    expect(mailsTo("reused-key@example.org")).toHaveLength(1);
    expect(mailsTo("someone-else@example.org")).toHaveLength(0);
  });

  it("is another person's own key: the same key from two people makes two invitations", async () => {
    const [first, second] = [await signedInPatient(testApp), await signedInPatient(testApp)];
    const body = anInvitationBody({ email: "two-people@example.org" });
    for (const owner of [first, second]) {
      const made = await owner.client.post(invitationsUrl(owner.user.id), body);
      expect(made.json<CareTeamInvitation>().token, made.body).not.toBeNull();
    }
    expect(mailsTo("two-people@example.org")).toHaveLength(2);
  });

  it("sent again and again at once: one invitation, every answer is it, one e-mail", async () => {
    const owner = await signedInPatient(testApp);
    const body = anInvitationBody({ email: "raced@example.org" });
    const responses = await race(() => owner.client.post(invitationsUrl(owner.user.id), body));
    expect(statusCounts(responses)).toEqual({ 201: raceSize });
    const answers = responses.map((response) => response.json<CareTeamInvitation>());
    expect(new Set(answers.map((answer) => answer.member.id)).size).toBe(1);
    expect(answers.filter((answer) => answer.token !== null)).toHaveLength(1);
    expect(await teamOf(owner)).toHaveLength(1);
    expect(mailsTo("raced@example.org")).toHaveLength(1);
  });
});
