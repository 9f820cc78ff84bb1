import type { ReminderSettingsInput } from "@painplan/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpMailer } from "../mail/mailer.js";
import { planWithItem } from "../plan/testing/plans.js";
import { signedInPatient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { aPushDevice, decryptPush, startPushEndpoint } from "../testing/push-endpoint.js";
import { startSmtpSink } from "../testing/smtp-sink.js";
import { useTestApp } from "../testing/test-app.js";
import { reminderJobKinds } from "./reminder-job-kinds.js";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let pushService: Awaited<ReturnType<typeof startPushEndpoint>>;
beforeAll(async () => {
  sink = await startSmtpSink();
  pushService = await startPushEndpoint();
});
afterAll(async () => {
  await sink.close();
  await pushService.close();
});

const testApp = useTestApp({
  mailer: {
    isConfigured: true,
    send: (mail) => smtpMailer(sink.url, "PainPlan <no-reply@painplan.test>").send(mail),
  },
});

const dayBefore: ReminderSettingsInput = {
  channels: { feed: true, push: true, email: true },
  leadMinutes: 24 * 60,
  quietHours: null,
  locale: "en-GB",
  stopped: false,
};

async function sendJobs(userId: string) {
  const rows = await testApp.database.db
    .selectFrom("jobs")
    .select(["run_at", "dedupe_key", "done_at", "outcome", "payload"])
    .where("kind", "=", reminderJobKinds.send)
    .where("dedupe_key", "like", `reminder|${userId}|%`)
    .orderBy("run_at")
    .orderBy("dedupe_key")
    .execute();
  return rows;
}

describe("reminders sent from durable jobs", () => {
  it("looks again at once when the plan changes: a session added for today gets its reminder", async () => {
    const person = await signedInPatient(
      testApp,
      undefined,
      aRegistration().withTimeZone("Europe/Berlin").build(),
    );
    const base = `/api/users/${person.user.id}/reminders`;
    const hourBefore = {
      ...dayBefore,
      channels: { feed: false, push: false, email: true },
      leadMinutes: 60,
    };
    expect((await person.client.request("PUT", `${base}/settings`, hourBefore)).statusCode).toBe(
      200,
    );
    await testApp.app.jobs.runDueJobs(testApp.clock.now());
    expect(await sendJobs(person.user.id)).toEqual([]);

    // 00:30Z on 29 March: a session at 10:00 CEST (08:00Z) today, added now; no hourly look-ahead runs.
    await planWithItem(person, {
      schedule: {
        cadence: { kind: "daily", interval: 1 },
        startDate: "2026-03-29",
        timeOfDay: "10:00",
        durationMinutes: 10,
        end: { kind: "count", count: 1 },
      },
    });
    await testApp.app.jobs.runDueJobs(testApp.clock.now());
    expect((await sendJobs(person.user.id)).map((job) => job.run_at)).toEqual([
      "2026-03-29T07:00:00.000Z",
    ]);
  });

  it("schedules one job per session and channel, sends 'tomorrow at 10:00', and never twice", async () => {
    // The test clock: 00:30 UTC on 29 March 2026, the night Berlin springs forward.
    const person = await signedInPatient(
      testApp,
      undefined,
      aRegistration().withTimeZone("Europe/Berlin").build(),
    );
    const base = `/api/users/${person.user.id}/reminders`;
    const device = aPushDevice(`${pushService.origin}/push/${person.user.id}`);
    expect((await person.client.post(`${base}/push-devices`, device.subscription)).statusCode).toBe(
      201,
    );
    await planWithItem(person, {
      schedule: {
        cadence: { kind: "daily", interval: 1 },
        startDate: "2026-03-29",
        timeOfDay: "10:00",
        durationMinutes: 10,
        end: { kind: "count", count: 5 },
      },
    });
    expect((await person.client.request("PUT", `${base}/settings`, dayBefore)).statusCode).toBe(
      200,
    );

    // Saving the settings queued a look-ahead for this person; running it enqueues the sends.
    await testApp.app.jobs.runDueJobs(testApp.clock.now());
    const jobs = await sendJobs(person.user.id);
    // Sessions 30 March to 2 April at 10:00 CEST (08:00Z), each the day before, push and e-mail;
    // the first (29 March, 10:00) is less than a day away: its reminder is sent at once.
    expect(jobs.map((job) => job.run_at)).toEqual([
      "2026-03-28T08:00:00.000Z",
      "2026-03-28T08:00:00.000Z",
      "2026-03-29T08:00:00.000Z",
      "2026-03-29T08:00:00.000Z",
      "2026-03-30T08:00:00.000Z",
      "2026-03-30T08:00:00.000Z",
      "2026-03-31T08:00:00.000Z",
      "2026-03-31T08:00:00.000Z",
      "2026-04-01T08:00:00.000Z",
      "2026-04-01T08:00:00.000Z",
    ]);
    expect(JSON.stringify(jobs.map((job) => job.payload))).not.toMatch(/body|scan|Body scan/i);

    // The first one was due at once and went out in the same round; another round sends nothing.
    await testApp.app.jobs.runDueJobs(testApp.clock.now());
    const mine = () => pushService.received.filter((push) => push.path.endsWith(person.user.id));
    expect(mine()).toHaveLength(1);
    const first = JSON.parse(decryptPush(mine()[0]?.body ?? Buffer.alloc(0), device)) as {
      body: string;
    };
    expect(first.body).toBe("Session today at 10:00");

    // A day later (08:00Z on the 29th): the reminder for the 30th says "tomorrow at 10:00".
    testApp.clock.set(new Date("2026-03-29T08:00:00.000Z"));
    await testApp.app.jobs.runDueJobs(testApp.clock.now());
    expect(mine()).toHaveLength(2);
    const second = JSON.parse(decryptPush(mine()[1]?.body ?? Buffer.alloc(0), device)) as {
      body: string;
    };
    expect(second.body).toBe("Session tomorrow at 10:00");
    const mails = sink.received.filter((mail) => mail.to.includes(person.user.email));
    expect(mails.map((mail) => /Subject: (.*)/.exec(mail.raw)?.[1])).toEqual([
      "Session today at 10:00",
      "Session tomorrow at 10:00",
    ]);

    // Looking ahead again adds nothing (dedupe keys), and nothing runs twice.
    await person.client.request("PUT", `${base}/settings`, dayBefore);
    await testApp.app.jobs.runDueJobs(testApp.clock.now());
    expect(await sendJobs(person.user.id)).toHaveLength(10);
    expect(mine()).toHaveLength(2);

    // Snoozed for two days: the reminder for the 31st (sent on the 30th) is held back.
    await person.client.post(`${base}/snooze`, { minutes: 48 * 60 });
    testApp.clock.set(new Date("2026-03-30T08:00:00.000Z"));
    await testApp.app.jobs.runDueJobs(testApp.clock.now());
    expect(mine()).toHaveLength(2);
    await person.client.post(`${base}/snooze`, { minutes: 0 });

    // Down until five minutes before the session of 1 April: its reminder (due 31 March) is of
    // no use any more and is dropped, not sent late.
    testApp.clock.set(new Date("2026-04-01T07:55:00.000Z"));
    await testApp.app.jobs.runDueJobs(testApp.clock.now());
    expect(mine()).toHaveLength(2);
    const outcomes = (await sendJobs(person.user.id)).map((job) => [job.run_at, job.outcome]);
    expect(outcomes).toEqual([
      ["2026-03-28T08:00:00.000Z", "done"],
      ["2026-03-28T08:00:00.000Z", "done"],
      ["2026-03-29T08:00:00.000Z", "done"],
      ["2026-03-29T08:00:00.000Z", "done"],
      ["2026-03-30T08:00:00.000Z", "dropped"],
      ["2026-03-30T08:00:00.000Z", "dropped"],
      ["2026-03-31T08:00:00.000Z", "dropped"],
      ["2026-03-31T08:00:00.000Z", "dropped"],
      ["2026-04-01T08:00:00.000Z", null],
      ["2026-04-01T08:00:00.000Z", null],
    ]);

    // Stopped: the last one is dropped when its time comes.
    await person.client.post(`${base}/stop`);
    testApp.clock.set(new Date("2026-04-01T08:00:00.000Z"));
    await testApp.app.jobs.runDueJobs(testApp.clock.now());
    expect(mine()).toHaveLength(2);
    expect((await sendJobs(person.user.id)).every((job) => job.done_at !== null)).toBe(true);
  });

  it("erasing the account removes the person's jobs with it", async () => {
    const person = await signedInPatient(
      testApp,
      undefined,
      aRegistration().withTimeZone("Europe/Berlin").build(),
    );
    const base = `/api/users/${person.user.id}/reminders`;
    const device = aPushDevice(`${pushService.origin}/push/${person.user.id}`);
    await person.client.post(`${base}/push-devices`, device.subscription);
    testApp.clock.set(new Date("2026-03-29T00:30:00.000Z"));
    await planWithItem(person, {
      schedule: {
        cadence: { kind: "daily", interval: 1 },
        startDate: "2026-03-30",
        timeOfDay: "10:00",
        durationMinutes: 10,
        end: { kind: "count", count: 3 },
      },
    });
    await person.client.request("PUT", `${base}/settings`, dayBefore);
    await testApp.app.jobs.runDueJobs(testApp.clock.now());
    expect((await sendJobs(person.user.id)).length).toBeGreaterThan(0);
    const erased = await person.client.post("/api/me/erasure", { password: person.password });
    expect(erased.statusCode, erased.body).toBe(204);
    expect(await sendJobs(person.user.id)).toEqual([]);
    const anyLeft = await testApp.database.db
      .selectFrom("jobs")
      .select("id")
      .where("dedupe_key", "like", `%${person.user.id}%`)
      .execute();
    expect(anyLeft).toEqual([]);
  });

  it("asks how the person feels a day after a session marked held, once", async () => {
    testApp.clock.set(new Date("2026-03-29T00:30:00.000Z"));
    const person = await signedInPatient(
      testApp,
      undefined,
      aRegistration().withTimeZone("Europe/Berlin").build(),
    );
    const base = `/api/users/${person.user.id}/reminders`;
    const device = aPushDevice(`${pushService.origin}/push/${person.user.id}`);
    await person.client.post(`${base}/push-devices`, device.subscription);
    const { plan, item } = await planWithItem(person, {
      schedule: {
        cadence: { kind: "daily", interval: 1 },
        startDate: "2026-03-29",
        timeOfDay: "10:00",
        durationMinutes: 10,
        end: { kind: "count", count: 2 },
      },
    });
    const noSessionReminders = { ...dayBefore, channels: { feed: true, push: true, email: false } };
    testApp.clock.set(new Date("2026-03-29T12:00:00.000Z"));
    const held = await person.client.request(
      "PUT",
      `/api/users/${person.user.id}/plans/${plan.id}/items/${item.id}/exceptions`,
      { originalStart: "2026-03-29T10:00", kind: "held", heldAt: "2026-03-29T08:00:00.000Z" },
    );
    expect(held.statusCode, held.body).toBe(200);
    await person.client.request("PUT", `${base}/settings`, noSessionReminders);
    await testApp.app.jobs.runDueJobs(testApp.clock.now());
    const followUps = await testApp.database.db
      .selectFrom("jobs")
      .select(["run_at", "payload"])
      .where("kind", "=", reminderJobKinds.followUp)
      .where("user_id", "=", person.user.id)
      .execute();
    // The session ended at 10:10 CEST (08:10Z): the check-in comes a day later.
    expect(followUps.map((job) => job.run_at)).toEqual(["2026-03-30T08:10:00.000Z"]);
    expect(followUps[0]?.payload).not.toMatch(/scan/i);

    const before = pushService.received.filter((push) => push.path.endsWith(person.user.id)).length;
    testApp.clock.set(new Date("2026-03-30T08:10:00.000Z"));
    await person.client.request("PUT", `${base}/settings`, noSessionReminders);
    await testApp.app.jobs.runDueJobs(testApp.clock.now());
    const mine = pushService.received.filter((push) => push.path.endsWith(person.user.id));
    const bodies = mine
      .slice(before)
      .map((push) => (JSON.parse(decryptPush(push.body, device)) as { body: string }).body);
    expect(bodies.filter((body) => body.startsWith("How do you feel"))).toEqual([
      "How do you feel a day after your session?",
    ]);
  });
});
