import type {
  CalendarFeedLink,
  CalendarFeedStatus,
  ReminderSettingsResponse,
} from "@painplan/core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { smtpMailer } from "../mail/mailer.js";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { startSmtpSink } from "../testing/smtp-sink.js";
import { useTestApp } from "../testing/test-app.js";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
});

const testApp = useTestApp();
const mailApp = useTestApp({
  mailer: {
    isConfigured: true,
    send: (mail) => smtpMailer(sink.url, "PainPlan <no-reply@painplan.test>").send(mail),
  },
});

const base = (person: SignedInClient) => `/api/users/${person.user.id}/reminders`;
const validSettings = {
  channels: { feed: true, push: false, email: true },
  leadMinutes: 90,
  quietHours: { from: "22:00", until: "07:00" },
  locale: "de-DE",
  stopped: false,
};

describe("reminder settings", () => {
  it("start at the defaults and say e-mail is off when the server has no SMTP_URL", async () => {
    const person = await signedInPatient(testApp);
    const page = (
      await person.client.get(`${base(person)}/settings`)
    ).json<ReminderSettingsResponse>();
    expect(page.settings).toMatchObject({ leadMinutes: 60, quietHours: null, stopped: false });
    expect(page.email).toEqual({ available: false });
    expect(page.feed.active).toBe(false);
    const test = await person.client.post(`${base(person)}/test`, { channel: "email" });
    expect(test.statusCode).toBe(400);
    expect(test.json()).toMatchObject({
      error: {
        details: {
          fields: [{ path: "channel", message: expect.stringMatching(/SMTP_URL/) as unknown }],
        },
      },
    });
  });

  it("saves and reads back; snooze and stop are one tap each", async () => {
    const person = await signedInPatient(testApp);
    const saved = await person.client.request("PUT", `${base(person)}/settings`, validSettings);
    expect(saved.statusCode, saved.body).toBe(200);
    const snoozed = await person.client.post(`${base(person)}/snooze`, { minutes: 120 });
    expect(snoozed.json<ReminderSettingsResponse>().settings.snoozedUntil).toBe(
      new Date(testApp.clock.now().getTime() + 120 * 60_000).toISOString(),
    );
    const stopped = await person.client.post(`${base(person)}/stop`);
    expect(stopped.json<ReminderSettingsResponse>().settings).toMatchObject({
      ...validSettings,
      stopped: true,
    });
    const unsnoozed = await person.client.post(`${base(person)}/snooze`, { minutes: 0 });
    expect(unsnoozed.json<ReminderSettingsResponse>().settings.snoozedUntil).toBeNull();
    // Saving settings keeps the snooze the person chose.
    await person.client.post(`${base(person)}/snooze`, { minutes: 30 });
    const again = await person.client.request("PUT", `${base(person)}/settings`, validSettings);
    expect(again.json<ReminderSettingsResponse>().settings.snoozedUntil).not.toBeNull();
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const person = await signedInPatient(testApp);
    const cases: [unknown, string][] = [
      [{ ...validSettings, leadMinutes: -5 }, "leadMinutes"],
      [{ ...validSettings, leadMinutes: 7 * 24 * 60 + 1 }, "leadMinutes"],
      [{ ...validSettings, quietHours: { from: "22:00", until: "22:00" } }, "quietHours.until"],
      [{ ...validSettings, quietHours: { from: "25:00", until: "07:00" } }, "quietHours.from"],
      [{ ...validSettings, locale: "not a locale" }, "locale"],
      [{ ...validSettings, channels: { feed: true, push: "yes", email: true } }, "channels.push"],
      [{ ...validSettings, extra: 1 }, ""],
    ];
    for (const [body, path] of cases) {
      const response = await person.client.request("PUT", `${base(person)}/settings`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      const fields = response.json<{ error: { details: { fields: { path: string }[] } } }>().error
        .details.fields;
      expect(fields.map((field) => field.path)).toContain(path);
    }
    for (const minutes of [-1, 14 * 24 * 60 + 1, 1.5]) {
      const response = await person.client.post(`${base(person)}/snooze`, { minutes });
      expect(response.statusCode).toBe(400);
    }
    const rows = await testApp.database.db
      .selectFrom("reminder_settings")
      .select("user_id")
      .where("user_id", "=", person.user.id)
      .execute();
    expect(rows).toEqual([]);
  });
});

describe("the private calendar feed", () => {
  it("opens with its secret, keeps only a hash, and records when and by whom it was fetched", async () => {
    const person = await signedInPatient(testApp);
    const created = await person.client.post(`${base(person)}/feed`);
    expect(created.statusCode, created.body).toBe(201);
    const link = created.json<CalendarFeedLink>();
    expect(link.url).toMatch(
      /^http:\/\/painplan\.test\/api\/calendar-feeds\/[A-Za-z0-9_-]{43}\/plan\.ics$/,
    );
    expect(link.webcalUrl.startsWith("webcal://painplan.test/")).toBe(true);
    const token = link.url.split("/").at(-2) ?? "";
    const stored = await testApp.database.db.selectFrom("calendar_feeds").selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token);

    const path = new URL(link.url).pathname;
    const fetched = await testApp.app.inject({
      method: "GET",
      url: path,
      headers: { "user-agent": "Google-Calendar-Importer" },
    });
    expect(fetched.statusCode).toBe(200);
    expect(fetched.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(fetched.body).toContain("BEGIN:VCALENDAR");
    expect(fetched.body).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
    expect(fetched.body).not.toContain(person.user.displayName);

    const health = (await person.client.get(`${base(person)}/feed`)).json<CalendarFeedStatus>();
    expect(health).toMatchObject({
      active: true,
      lastFetchedAt: testApp.clock.now().toISOString(),
      lastUserAgent: "Google-Calendar-Importer",
      client: "Google Calendar",
    });
    expect(health.warnings.map((warning) => warning.code)).toEqual(["client-ignores-alarms"]);

    // A second create is refused: regenerate replaces the link.
    expect((await person.client.post(`${base(person)}/feed`)).statusCode).toBe(409);
    const regenerated = (
      await person.client.post(`${base(person)}/feed/regenerate`)
    ).json<CalendarFeedLink>();
    expect(regenerated.url).not.toBe(link.url);
    const old = await testApp.app.inject({ method: "GET", url: path });
    expect(old.statusCode).toBe(404);
    const current = await testApp.app.inject({
      method: "GET",
      url: new URL(regenerated.url).pathname,
    });
    expect(current.statusCode).toBe(200);
  });

  it("answers every wrong, malformed or revoked secret with the same 404", async () => {
    const person = await signedInPatient(testApp);
    const link = (await person.client.post(`${base(person)}/feed`)).json<CalendarFeedLink>();
    const path = new URL(link.url).pathname;
    expect((await person.client.request("DELETE", `${base(person)}/feed`)).statusCode).toBe(204);
    expect((await person.client.request("DELETE", `${base(person)}/feed`)).statusCode).toBe(404);
    const answers = await Promise.all(
      [
        path,
        "/api/calendar-feeds/short/plan.ics",
        `/api/calendar-feeds/${"A".repeat(43)}/plan.ics`,
      ].map((url) => testApp.app.inject({ method: "GET", url })),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual([404, 404, 404]);
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
    expect(answers[0]?.body).not.toContain(person.user.id);
  });

  it("tells plainly when no calendar fetched the feed for a day", async () => {
    const person = await signedInPatient(testApp);
    await person.client.post(`${base(person)}/feed`);
    testApp.clock.advance(25 * 60 * 60_000);
    try {
      const health = (await person.client.get(`${base(person)}/feed`)).json<CalendarFeedStatus>();
      expect(health.warnings.map((warning) => warning.code)).toEqual(["not-fetched-yet"]);
      expect(health.warnings[0]?.suggestion).toMatch(/notifications|e-mail/);
    } finally {
      testApp.clock.advance(-25 * 60 * 60_000);
    }
  });

  it("downloads the plan as a one-off .ics file", async () => {
    const person = await signedInPatient(testApp);
    const file = await person.client.get(`${base(person)}/calendar.ics`);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-disposition"]).toContain("painplan-sessions-2026-03-29.ics");
    expect(file.body).toContain("BEGIN:VCALENDAR");
  });

  it("settles concurrent creates: one 201, the others 409, never 500", async () => {
    const person = await signedInPatient(testApp);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => person.client.post(`${base(person)}/feed`)),
    );
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
  });
});

describe("e-mail reminders", () => {
  it("sends a test reminder over SMTP, without health text", async () => {
    const person = await signedInPatient(mailApp);
    const page = (
      await person.client.get(`${base(person)}/settings`)
    ).json<ReminderSettingsResponse>();
    expect(page.email.available).toBe(true);
    const sent = await person.client.post(`${base(person)}/test`, { channel: "email" });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toEqual({ channel: "email", delivered: 1 });
    const mail = sink.received.find((message) => message.to.includes(person.user.email));
    expect(mail?.raw).toMatch(/Subject: Test: Session tomorrow at \d{2}:\d{2}/);
    expect(mail?.raw).toContain("http://painplan.test/reminders");
  });

  it("means tomorrow at this time by the person's clock, across a clock change too", async () => {
    // 10:00 EST on 7 March 2026; New York moves to EDT in the night. 24 hours on would be 11:00.
    const before = mailApp.clock.now();
    mailApp.clock.set(new Date("2026-03-07T15:00:00.000Z"));
    onTestFinished(() => {
      mailApp.clock.set(before);
    });
    const person = await signedInPatient(
      mailApp,
      undefined,
      aRegistration().withTimeZone("America/New_York").build(),
    );
    const sent = await person.client.post(`${base(person)}/test`, { channel: "email" });
    expect(sent.statusCode, sent.body).toBe(200);
    const mail = sink.received.find((message) => message.to.includes(person.user.email));
    expect(mail?.raw).toMatch(/Subject: Test: Session tomorrow at 10:00/);
  });
});
