import type { ReminderSettingsInput } from "@painplan/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpMailer } from "../mail/mailer.js";
import { planWithItem } from "../plan/testing/plans.js";
import { reminderJobKinds } from "../reminders/reminder-job-kinds.js";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { startSmtpSink } from "../testing/smtp-sink.js";
import { testStart, useTestApp } from "../testing/test-app.js";
import { aSessionLog, logSession } from "./testing/sessions.js";

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

const byEmail: ReminderSettingsInput = {
  channels: { feed: false, push: false, email: true },
  leadMinutes: 60,
  quietHours: null,
  locale: "en-GB",
  stopped: false,
};

async function berliner(settings: ReminderSettingsInput = byEmail) {
  const person = await signedInPatient(
    testApp,
    undefined,
    aRegistration().withTimeZone("Europe/Berlin").build(),
  );
  const saved = await person.client.request(
    "PUT",
    `/api/users/${person.user.id}/reminders/settings`,
    settings,
  );
  expect(saved.statusCode, saved.body).toBe(200);
  return person;
}

function checkInsTo(person: SignedInClient) {
  return sink.received.filter(
    (mail) => mail.to.includes(person.user.email) && mail.raw.includes("compared with before"),
  );
}

describe("session follow-ups through the reminders channels", () => {
  it("asks by e-mail 24 h and 48 h after the session's end, without pain details", async () => {
    const person = await berliner();
    // 07:00–08:00 UTC on 28 March: due 08:00 UTC on the 29th and the 30th.
    await logSession(person, aSessionLog({ startedAt: "2026-03-28T07:00:00.000Z" }, 0));
    await testApp.app.jobs.runDueJobs(testStart);
    expect(checkInsTo(person)).toHaveLength(0);
    await testApp.app.jobs.runDueJobs(new Date("2026-03-29T08:00:30.000Z"));
    const first = checkInsTo(person);
    expect(first).toHaveLength(1);
    expect(first[0]?.raw).not.toMatch(/swedish|massage|6 → 3/i);
    await testApp.app.jobs.runDueJobs(new Date("2026-03-30T08:00:30.000Z"));
    expect(checkInsTo(person)).toHaveLength(2);
  });

  it("is not sent once answered, and waits for the end of quiet hours", async () => {
    const person = await berliner({ ...byEmail, quietHours: { from: "22:00", until: "09:00" } });
    // Ends 05:00 UTC on the 27th. The 24 h one is answered (never sent); the 48 h one is due at
    // 07:00 in Berlin on the 29th (quiet) and goes at 09:00 there (07:00 UTC).
    const session = await logSession(
      person,
      aSessionLog({ startedAt: "2026-03-27T04:00:00.000Z" }, 0),
    );
    const answered = await person.client.request(
      "PUT",
      `/api/users/${person.user.id}/sessions/${session.id}/follow-ups/24h`,
      { painNow: 3, comparedWithBefore: "better" },
    );
    expect(answered.statusCode, answered.body).toBe(200);
    await testApp.app.jobs.runDueJobs(new Date("2026-03-29T05:00:30.000Z"));
    expect(checkInsTo(person)).toHaveLength(0);
    await testApp.app.jobs.runDueJobs(new Date("2026-03-29T06:59:00.000Z"));
    expect(checkInsTo(person)).toHaveLength(0);
    await testApp.app.jobs.runDueJobs(new Date("2026-03-29T07:00:30.000Z"));
    expect(checkInsTo(person)).toHaveLength(1);
  });

  it("a planned session logged in the app is asked about once: the occurrence's check-in is not queued", async () => {
    const person = await berliner();
    const { item } = await planWithItem(person, {
      schedule: {
        cadence: { kind: "daily", interval: 1 },
        startDate: "2026-03-28",
        timeOfDay: "10:00",
        durationMinutes: 10,
        end: { kind: "count", count: 1 },
      },
    });
    await logSession(
      person,
      aSessionLog(
        {
          therapyId: "body-scan",
          planItemId: item.id,
          occurrenceStart: "2026-03-28T10:00",
          startedAt: "2026-03-28T09:00:00.000Z",
          durationMinutes: 10,
        },
        0,
      ),
    );
    await testApp.app.jobs.runDueJobs(testStart);
    const occurrenceCheckIns = await testApp.database.db
      .selectFrom("jobs")
      .select("id")
      .where("kind", "=", reminderJobKinds.followUp)
      .where("user_id", "=", person.user.id)
      .execute();
    expect(occurrenceCheckIns).toEqual([]);
    await testApp.app.jobs.runDueJobs(new Date("2026-03-29T09:10:30.000Z"));
    expect(checkInsTo(person)).toHaveLength(1);
  });
});
