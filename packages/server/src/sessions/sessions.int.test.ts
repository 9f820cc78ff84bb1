import type {
  DueFollowUps,
  FollowUp,
  PlanCalendar,
  SessionDefaults,
  SessionExport,
  SessionPage,
  TherapySession,
} from "@painplan/core";
import { describe, expect, it } from "vitest";
import { planWithItem } from "../plan/testing/plans.js";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { race, statusCounts } from "../testing/race.js";
import { testStart, useTestApp } from "../testing/test-app.js";
import { aSessionLog, logSession, sessionsUrl } from "./testing/sessions.js";

const testApp = useTestApp();
const hourMs = 3_600_000;

async function countRows(person: SignedInClient) {
  const sessions = await testApp.database.db
    .selectFrom("therapy_sessions")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("user_id", "=", person.user.id)
    .executeTakeFirstOrThrow();
  const followUps = await testApp.database.db
    .selectFrom("session_follow_ups")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("user_id", "=", person.user.id)
    .executeTakeFirstOrThrow();
  return { sessions: Number(sessions.n), followUps: Number(followUps.n) };
}

function fieldPaths(body: string): string[] {
  const parsed = JSON.parse(body) as { error: { details?: { fields?: { path: string }[] } } };
  return (parsed.error.details?.fields ?? []).map((field) => field.path);
}

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
    expect(fieldPaths(changed.body)).toEqual(["idempotencyKey"]);
    expect(await countRows(person)).toEqual({ sessions: 1, followUps: 2 });
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
    expect(fieldPaths(response.body)).toContain(path);
    expect(await countRows(person)).toEqual({ sessions: 0, followUps: 0 });
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
    expect(await countRows(person)).toEqual({ sessions: 0, followUps: 0 });
    const therapist = await practitionerWithGrant(person, true);
    const written = await therapist.client.post(sessionsUrl(person), aSessionLog());
    expect(written.statusCode, written.body).toBe(201);
    const session = written.json<TherapySession>();
    expect(session.enteredBy).toBe(therapist.id);
    // The owner's zone, not the practitioner's.
    expect(session.timeZone).toBe(person.user.timeZone);
  });
});

describe("sessions: planned ones", () => {
  it("starts from the plan item's defaults and marks the occurrence held in the same write", async () => {
    const person = await signedInPatient(testApp);
    const { item } = await planWithItem(person, {
      therapyId: "swedish-massage",
      practitioner: "Ann Lee",
      pressure: "light",
      focusRegionIds: ["left-sole"],
      schedule: {
        cadence: { kind: "weekly", interval: 1, days: ["SA"] },
        startDate: "2026-03-01",
        timeOfDay: "10:00",
        durationMinutes: 60,
        end: { kind: "never" },
      },
    });
    const defaults = (
      await person.client.get(
        sessionsUrl(person, `/defaults?itemId=${item.id}&originalStart=2026-03-28T10:00`),
      )
    ).json<SessionDefaults>();
    expect(defaults).toMatchObject({
      therapyId: "swedish-massage",
      durationMinutes: 60,
      practitioner: "Ann Lee",
      pressure: "light",
      areas: ["left-sole"],
      usualPrice: null,
      loggedSessionId: null,
      startedAt: "2026-03-28T09:00:00.000Z",
    });
    const fields = {
      planItemId: defaults.planItemId,
      occurrenceStart: defaults.occurrenceStart,
      startedAt: defaults.startedAt,
      durationMinutes: defaults.durationMinutes,
      therapyId: defaults.therapyId,
      practitioner: defaults.practitioner,
      pressure: defaults.pressure,
      areas: defaults.areas,
    };
    const session = await logSession(
      person,
      aSessionLog({
        ...fields,
        charge: { price: { amountMinor: 8500, currency: "EUR" }, paidBy: "self" },
      }),
    );
    expect(session.planItemId).toBe(item.id);
    const calendar = (
      await person.client.get(
        `/api/users/${person.user.id}/plan/calendar?from=2026-03-28&to=2026-03-28`,
      )
    ).json<PlanCalendar>();
    expect(calendar.occurrences.map((o) => o.status)).toEqual(["held"]);
    const again = (
      await person.client.get(
        sessionsUrl(person, `/defaults?itemId=${item.id}&originalStart=2026-03-28T10:00`),
      )
    ).json<SessionDefaults>();
    expect(again.loggedSessionId).toBe(session.id);
    expect(again.usualPrice).toEqual({ amountMinor: 8500, currency: "EUR" });

    const second = await person.client.post(sessionsUrl(person), aSessionLog(fields));
    expect(second.statusCode).toBe(409);
    expect(fieldPaths(second.body)).toEqual(["occurrenceStart"]);

    // Removing the session: the occurrence is no longer held.
    await person.client.request("DELETE", sessionsUrl(person, `/${session.id}`));
    const afterDelete = (
      await person.client.get(
        `/api/users/${person.user.id}/plan/calendar?from=2026-03-28&to=2026-03-28`,
      )
    ).json<PlanCalendar>();
    expect(afterDelete.occurrences.map((o) => o.status)).not.toContain("held");
  });
});

describe("sessions: follow-ups", () => {
  const answerUrl = (person: SignedInClient, sessionId: string, dueAfter = "24h") =>
    sessionsUrl(person, `/${sessionId}/follow-ups/${dueAfter}`);

  it("shows the due one in Today; answering twice the same is idempotent, differently is 409", async () => {
    const person = await signedInPatient(testApp);
    const session = await logSession(person);
    const due = (
      await person.client.get(sessionsUrl(person, "/follow-ups/due"))
    ).json<DueFollowUps>();
    expect(due.followUps).toMatchObject([
      { sessionId: session.id, dueAfter: "24h", title: "Swedish massage", painBefore: 6 },
    ]);
    const answer = { painNow: 4, comparedWithBefore: "better", note: "Walked further." };
    const first = await person.client.request("PUT", answerUrl(person, session.id), answer);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<FollowUp>().answer).toMatchObject({
      painNow: 4,
      comparedWithBefore: "better",
      answeredAt: testStart.toISOString(),
      isLate: false,
    });
    const again = await person.client.request("PUT", answerUrl(person, session.id), answer);
    expect(again.json<FollowUp>()).toEqual(first.json<FollowUp>());
    const other = await person.client.request("PUT", answerUrl(person, session.id), {
      ...answer,
      painNow: 7,
    });
    expect(other.statusCode).toBe(409);
    expect(fieldPaths(other.body)).toEqual(["dueAfter"]);
    expect(
      (await person.client.get(sessionsUrl(person, "/follow-ups/due"))).json<DueFollowUps>()
        .followUps,
    ).toEqual([]);
  });

  it("refuses one not due yet (409) and one of someone else's session (404)", async () => {
    const person = await signedInPatient(testApp);
    const session = await logSession(person);
    const early = await person.client.request("PUT", answerUrl(person, session.id, "48h"), {
      painNow: 4,
      comparedWithBefore: "same",
    });
    expect(early.statusCode).toBe(409);
    const stranger = await signedInPatient(testApp);
    const theirs = await stranger.client.request(
      "PUT",
      `/api/users/${stranger.user.id}/sessions/${session.id}/follow-ups/24h`,
      { painNow: 4, comparedWithBefore: "same" },
    );
    expect(theirs.statusCode).toBe(404);
  });

  it("keeps a late answer with its real time", async () => {
    const person = await signedInPatient(testApp);
    const session = await logSession(person, aSessionLog({}, 60));
    const late = await person.client.request("PUT", answerUrl(person, session.id), {
      painNow: 5,
      comparedWithBefore: "worse",
    });
    expect(late.json<FollowUp>().answer).toMatchObject({
      answeredAt: testStart.toISOString(),
      isLate: true,
    });
  });

  it("races: one answer kept among 20 different ones; 20 identical logs make one session", async () => {
    const person = await signedInPatient(testApp);
    const session = await logSession(person);
    const answers = await race((index) =>
      person.client.request("PUT", answerUrl(person, session.id), {
        painNow: 4,
        comparedWithBefore: "same",
        note: `answer ${index.toString()}`,
      }),
    );
    expect(statusCounts(answers)[200]).toBe(1);
    const body = aSessionLog();
    const logs = await race(() => person.client.post(sessionsUrl(person), body));
    expect(new Set(logs.map((r) => r.json<TherapySession>().id)).size).toBe(1);
    expect(await countRows(person)).toEqual({ sessions: 2, followUps: 4 });
  });
});

describe("sessions: export", () => {
  it("exports CSV (RFC 4180, BOM) and JSON, oldest first, in the owner's days", async () => {
    const person = await signedInPatient(testApp);
    const older = await logSession(person, aSessionLog({ practitioner: "Ann, LMT" }, 50));
    const newer = await logSession(person, aSessionLog({}, 2));
    const csv = await person.client.get(sessionsUrl(person, "/export.csv"));
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    const lines = csv.body.split("\r\n");
    expect(lines[0]?.startsWith("\uFEFFsession_id,")).toBe(true);
    expect(lines[1]).toContain(`${older.id},`);
    expect(lines[1]).toContain('"Ann, LMT"');
    expect(lines[2]).toContain(`${newer.id},`);
    const json = (
      await person.client.get(sessionsUrl(person, "/export.json"))
    ).json<SessionExport>();
    expect(json.format).toBe("painplan-sessions/1");
    expect(json.sessions.map((s) => s.id)).toEqual([older.id, newer.id]);
  });
});
