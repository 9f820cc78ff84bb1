import type { AccessLogResponse, DiarySummary, Plan } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import {
  allScopes,
  joinCareTeam,
  revokeMember,
  signedInPractitioner,
} from "../testing/care-team.js";
import { aRegistration } from "../testing/factories.js";
import { planWithItem } from "../plan/testing/plans.js";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();

async function ownerInAuckland() {
  return signedInPatient(
    testApp,
    undefined,
    aRegistration().withTimeZone("Pacific/Auckland").build(),
  );
}

const scopesUrl = (ownerId: string, memberId: string) =>
  `/api/users/${ownerId}/care-team/members/${memberId}/scopes`;

describe("what a care-team member reaches", () => {
  it("follows the scopes at once: on, off, on again, then revoked", async () => {
    const owner = await ownerInAuckland();
    const { plan } = await planWithItem(owner);
    const practitioner = await signedInPractitioner(testApp, "America/Los_Angeles");
    const { memberId } = await joinCareTeam(owner, practitioner, { ...allScopes, plan: true });
    const planUrl = `/api/users/${owner.user.id}/plan`;

    const read = await practitioner.client.get(planUrl);
    expect(read.statusCode).toBe(200);
    expect(read.json<{ plan: Plan | null }>().plan?.id).toBe(plan.id);

    const off = await owner.client.request("PUT", scopesUrl(owner.user.id, memberId), {
      scopes: { ...allScopes, plan: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect((await practitioner.client.get(planUrl)).statusCode).toBe(404);
    // Other scopes are untouched.
    const summaryUrl = `/api/users/${owner.user.id}/care-team/diary-summary`;
    expect((await practitioner.client.get(summaryUrl)).statusCode).toBe(200);

    await owner.client.request("PUT", scopesUrl(owner.user.id, memberId), { scopes: allScopes });
    expect((await practitioner.client.get(planUrl)).statusCode).toBe(200);

    await revokeMember(owner, memberId);
    expect((await practitioner.client.get(planUrl)).statusCode).toBe(404);
    expect((await practitioner.client.get(summaryUrl)).statusCode).toBe(404);
    const changeRevoked = await owner.client.request("PUT", scopesUrl(owner.user.id, memberId), {
      scopes: allScopes,
    });
    expect(changeRevoked.statusCode).toBe(409);
  });

  it("never reaches health records, and never writes the plan itself", async () => {
    const owner = await ownerInAuckland();
    const { plan } = await planWithItem(owner);
    const practitioner = await signedInPractitioner(testApp);
    await joinCareTeam(owner, practitioner, allScopes);
    for (const path of ["pain-profile", "diary/entries", "safety-intake", "questionnaires"]) {
      const response = await practitioner.client.get(`/api/users/${owner.user.id}/${path}`);
      expect(response.statusCode, path).toBe(404);
    }
    const rename = await practitioner.client.patch(`/api/users/${owner.user.id}/plans/${plan.id}`, {
      expectedVersion: plan.version,
      title: "Changed by someone else",
    });
    expect(rename.statusCode).toBe(404);
  });

  it("is shown in the owner's days and name, and every read is in the owner's access log", async () => {
    const owner = await ownerInAuckland();
    const entry = await owner.client.post(`/api/users/${owner.user.id}/diary/quick-log`, {
      intensityNow: 6,
      idempotencyKey: crypto.randomUUID(),
    });
    expect(entry.statusCode, entry.body).toBe(201);
    const practitioner = await signedInPractitioner(testApp, "America/Los_Angeles");
    await joinCareTeam(owner, practitioner, allScopes);
    const summary = (
      await practitioner.client.get(`/api/users/${owner.user.id}/care-team/diary-summary`)
    ).json<DiarySummary>();
    // 00:30 UTC on 29 March is the 29th in Auckland, still the 28th in Los Angeles.
    expect(summary).toMatchObject({
      displayName: owner.user.displayName,
      timeZone: "Pacific/Auckland",
      localDate: "2026-03-29",
    });
    expect(summary.weeks.at(-1)).toEqual({
      from: "2026-03-23",
      to: "2026-03-29",
      entryCount: 1,
      averagePain: 6,
      worstPain: 6,
    });
    const sheet = await practitioner.client.get(`/api/users/${owner.user.id}/safety/sheet`);
    expect(sheet.statusCode).toBe(200);

    const log = (
      await owner.client.get(`/api/users/${owner.user.id}/access-log`)
    ).json<AccessLogResponse>();
    // Both reads happen at the same instant of the test clock: their order is not the point.
    expect(
      log.events.map((event) => [event.actorDisplayName, event.resourceType, event.action]).sort(),
    ).toEqual([
      [practitioner.user.displayName, "diary-summary", "read"],
      [practitioner.user.displayName, "safety-sheet", "read"],
    ]);
  });
});
