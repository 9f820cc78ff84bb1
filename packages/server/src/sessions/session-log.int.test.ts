import type { DueFollowUps, SessionPage, TherapySession } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { fieldPaths } from "../safety/testing/safety-client.js";
import { signedInPatient } from "../testing/accounts.js";
import { testStart, useTestApp } from "../testing/test-app.js";
import { aSessionLog, logSession, sessionRowCounts, sessionsUrl } from "./testing/sessions.js";

const testApp = useTestApp();
const hourMs = 3_600_000;

describe("sessions: the log", () => {
  it("logs a session with everything a person says, who entered it, and two follow-ups", async () => {
    const person = await signedInPatient(testApp);
    const session = await logSession(
      person,
      aSessionLog({
        regionPain: [{ regionId: "left-sole", before: 7, after: 4 }],
        howItFelt: "Calm, then sleepy.",
        sideEffects: ["soreness", "other"],
        sideEffectNote: "Thirsty",
      }),
    );
    expect(session).toMatchObject({
      enteredBy: person.user.id,
      durationMinutes: 60,
      title: "Swedish massage",
      painBefore: 6,
      painAfter: 3,
      regionPain: [{ regionId: "left-sole", before: 7, after: 4 }],
      sideEffects: ["soreness", "other"],
      charge: null,
    });
    const end = Date.parse(session.endedAt);
    expect(session.followUps.map((f) => [f.dueAfter, Date.parse(f.dueAt) - end])).toEqual([
      ["24h", 24 * hourMs],
      ["48h", 48 * hourMs],
    ]);
    const jobs = await testApp.database.db
      .selectFrom("jobs")
      .select(["run_at", "payload"])
      .where("kind", "=", "reminders.session-follow-up")
      .where("user_id", "=", person.user.id)
      .orderBy("run_at")
      .execute();
    expect(jobs.map((job) => new Date(job.run_at).toISOString())).toEqual(
      session.followUps.map((f) => f.dueAt),
    );
    // Ids and times only: no therapy, no pain in a job.
    expect(jobs[0]?.payload).not.toMatch(/swedish|pain/i);
    const got = await person.client.get(sessionsUrl(person, `/${session.id}`));
    expect(got.json<TherapySession>()).toEqual(session);
  });

  it("a retried log (same key) returns the first session; a different one under that key is 409", async () => {
    const person = await signedInPatient(testApp);
    const body = aSessionLog();
    const first = await logSession(person, body);
    const again = await person.client.post(sessionsUrl(person), body);
    expect(again.statusCode).toBe(201);
    expect(again.json<TherapySession>().id).toBe(first.id);
    const changed = await person.client.post(sessionsUrl(person), { ...body, painAfter: 5 });
    expect(changed.statusCode).toBe(409);
    expect(fieldPaths(changed)).toEqual(["idempotencyKey"]);
    expect(await sessionRowCounts(testApp, person.user.id)).toEqual({ sessions: 1, followUps: 2 });
  });

  it.each([
    [
      "an end in the future beyond clock skew",
      { startedAt: testStart.toISOString(), durationMinutes: 6 },
      "durationMinutes",
    ],
    [
      "a start in the future",
      { startedAt: new Date(testStart.getTime() + hourMs).toISOString() },
      "startedAt",
    ],
    ["a length of 0", { durationMinutes: 0 }, "durationMinutes"],
    ["a length over 8 hours", { durationMinutes: 481 }, "durationMinutes"],
    ["pain above 10", { painAfter: 11 }, "painAfter"],
    ["pain below 0", { painBefore: -1 }, "painBefore"],
    [
      "a negative price",
      { charge: { price: { amountMinor: -100, currency: "USD" }, paidBy: "self" } },
      "charge.price.amountMinor",
    ],
    [
      "an unknown currency",
      { charge: { price: { amountMinor: 100, currency: "XYZ" }, paidBy: "self" } },
      "charge.price.currency",
    ],
    [
      "an unknown package",
      {
        charge: {
          price: { amountMinor: 100, currency: "USD" },
          paidBy: "package",
          packageId: "8f1f3a4e-3c9b-4b53-9d1e-2f0a6b2c8d11",
        },
      },
      "charge.packageId",
    ],
    [
      "a safety check that is not theirs",
      { safetyCheckId: "8f1f3a4e-3c9b-4b53-9d1e-2f0a6b2c8d11" },
      "safetyCheckId",
    ],
    [
      "an unknown plan item",
      { planItemId: "8f1f3a4e-3c9b-4b53-9d1e-2f0a6b2c8d11", occurrenceStart: "2026-03-28T10:00" },
      "planItemId",
    ],
  ])("refuses %s with a field path, and writes nothing", async (_what, change, path) => {
    const person = await signedInPatient(testApp);
    const response = await person.client.post(sessionsUrl(person), aSessionLog(change as never));
    expect(response.statusCode).toBe(400);
    expect(fieldPaths(response)).toContain(path);
    expect(await sessionRowCounts(testApp, person.user.id)).toEqual({ sessions: 0, followUps: 0 });
  });

  it("links the pre-session safety check done before it", async () => {
    const person = await signedInPatient(testApp);
    const check = await person.client.post(
      `/api/users/${person.user.id}/safety/pre-session-check`,
      {
        therapyId: "swedish-massage",
        answers: {
          hasFever: "no",
          hasNewWound: "no",
          bloodThinnersChanged: "no",
          newRedFlagIds: [],
        },
      },
    );
    expect(check.statusCode, check.body).toBeLessThan(300);
    const checkId = check.json<{ id: string }>().id;
    const session = await logSession(person, aSessionLog({ safetyCheckId: checkId }));
    expect(session.safetyCheckId).toBe(checkId);
  });

  it("stores the charge with the session (costs area) and shows it back", async () => {
    const person = await signedInPatient(testApp);
    const session = await logSession(
      person,
      aSessionLog({ charge: { price: { amountMinor: 9000, currency: "USD" }, paidBy: "hsa-fsa" } }),
    );
    expect(session.charge).toEqual({
      price: { amountMinor: 9000, currency: "USD" },
      paidBy: "hsa-fsa",
      packageId: null,
      receiptNote: null,
    });
  });

  it("changes a session: a new length moves its unanswered follow-ups; deleting hides it", async () => {
    const person = await signedInPatient(testApp);
    const session = await logSession(person, aSessionLog({}, 30));
    const changed = await person.client.patch(sessionsUrl(person, `/${session.id}`), {
      durationMinutes: 90,
      painAfter: 2,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const after = changed.json<TherapySession>();
    expect(after.painAfter).toBe(2);
    expect(Date.parse(after.followUps[0]?.dueAt ?? "")).toBe(
      Date.parse(session.followUps[0]?.dueAt ?? "") + 30 * 60_000,
    );
    const future = await person.client.patch(sessionsUrl(person, `/${session.id}`), {
      durationMinutes: 480,
      startedAt: new Date(testStart.getTime() - hourMs).toISOString(),
    });
    expect(future.statusCode).toBe(400);
    expect(
      (await person.client.request("DELETE", sessionsUrl(person, `/${session.id}`))).statusCode,
    ).toBe(204);
    expect((await person.client.get(sessionsUrl(person, `/${session.id}`))).statusCode).toBe(404);
    expect(
      (await person.client.get(sessionsUrl(person, "/follow-ups/due"))).json<DueFollowUps>()
        .followUps,
    ).toEqual([]);
  });

  it("lists newest first in pages", async () => {
    const person = await signedInPatient(testApp);
    const older = await logSession(person, aSessionLog({}, 50));
    const newer = await logSession(person, aSessionLog({}, 2));
    const first = (await person.client.get(sessionsUrl(person, "?limit=1"))).json<SessionPage>();
    expect(first.items.map((s) => s.id)).toEqual([newer.id]);
    const second = (
      await person.client.get(sessionsUrl(person, `?limit=1&cursor=${first.nextCursor ?? ""}`))
    ).json<SessionPage>();
    expect(second.items.map((s) => s.id)).toEqual([older.id]);
    expect(second.nextCursor).toBeNull();
  });
});
