import type { CalendarFeedLink, Plan, ReminderSettingsInput } from "@painplan/core";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planWithItem } from "../plan/testing/plans.js";
import { signedInPatient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { aPushDevice, decryptPush, startPushEndpoint } from "../testing/push-endpoint.js";
import { useTestApp } from "../testing/test-app.js";
import { reminderJobKinds } from "./reminder-job-kinds.js";
import { instantOfUtc, toWholeSeconds, utcProperties } from "./testing/ics-utc.js";

let pushService: Awaited<ReturnType<typeof startPushEndpoint>>;
beforeAll(async () => {
  pushService = await startPushEndpoint();
});
afterAll(async () => {
  await pushService.close();
});

const testApp = useTestApp();

const hourBefore: ReminderSettingsInput = {
  channels: { feed: true, push: true, email: false },
  leadMinutes: 60,
  quietHours: { from: "21:00", until: "07:30" },
  locale: "en-GB",
  stopped: false,
};

/** Daily at 08:00 from 30 March for 6 days; the test clock is 00:30Z on 29 March. */
const dailyAtEight = {
  cadence: { kind: "daily" as const, interval: 1 },
  startDate: "2026-03-30",
  timeOfDay: "08:00",
  durationMinutes: 30,
  end: { kind: "count" as const, count: 6 },
};

describe("plan changes reach reminders and the feed", () => {
  it("a cancelled, a moved and a paused session: no reminder, a moved reminder, none; the feed follows", async () => {
    const person = await signedInPatient(
      testApp,
      undefined,
      aRegistration().withTimeZone("Europe/Berlin").build(),
    );
    const owner = `/api/users/${person.user.id}`;
    const device = aPushDevice(`${pushService.origin}/push/${person.user.id}`);
    await person.client.post(`${owner}/reminders/push-devices`, device.subscription);
    const { plan, item } = await planWithItem(person, { schedule: dailyAtEight });
    const itemUrl = `${owner}/plans/${plan.id}/items/${item.id}`;
    const cancel = await person.client.request("PUT", `${itemUrl}/exceptions`, {
      originalStart: "2026-03-31T08:00",
      kind: "cancelled",
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    const move = await person.client.request("PUT", `${itemUrl}/exceptions`, {
      originalStart: "2026-04-01T08:00",
      kind: "moved",
      movedTo: "2026-04-01T17:00",
    });
    expect(move.statusCode, move.body).toBe(200);
    const current = (await person.client.get(`${owner}/plan`)).json<{ plan: Plan }>().plan;
    const pause = await person.client.post(`${owner}/plans/${plan.id}/pause`, {
      expectedVersion: current.version,
      pause: { from: "2026-04-03", until: "2026-04-04", reason: "Flare" },
      proposedBy: "patient",
    });
    expect(pause.statusCode, pause.body).toBe(200);
    await person.client.request("PUT", `${owner}/reminders/settings`, hourBefore);
    const created = await person.client.post(`${owner}/reminders/feed`);
    expect(created.statusCode, created.body).toBe(201);
    const link = created.json<CalendarFeedLink>();
    await testApp.app.jobs.runDueJobs(testApp.clock.now());

    const jobs = await testApp.database.db
      .selectFrom("jobs")
      .select("run_at")
      .where("kind", "=", reminderJobKinds.send)
      .where("dedupe_key", "like", `reminder|${person.user.id}|%`)
      .orderBy("run_at")
      .execute();
    // 07:00 is in quiet hours (until 07:30): 08:00 sessions are reminded at 07:30 CEST (05:30Z);
    // the moved one at 16:00; 31 March cancelled, 3 and 4 April paused.
    expect(jobs.map((job) => job.run_at)).toEqual([
      "2026-03-30T05:30:00.000Z",
      "2026-04-01T14:00:00.000Z",
      "2026-04-02T05:30:00.000Z",
    ]);

    // The moved reminder goes out at its time and names the new time.
    testApp.clock.set(new Date("2026-04-01T14:00:00.000Z"));
    await testApp.app.jobs.runDueJobs(testApp.clock.now());
    const bodies = pushService.received
      .filter((push) => push.path.endsWith(person.user.id))
      .map((push) => (JSON.parse(decryptPush(push.body, device)) as { body: string }).body);
    expect(bodies.at(-1)).toBe("Session today at 17:00");

    // The feed shows the same sessions a calendar would: ical.js over the served file.
    const feed = await testApp.app.inject({ method: "GET", url: new URL(link.url).pathname });
    const calendar = new ICAL.Component(ICAL.parse(feed.body) as unknown[]);
    for (const zone of calendar.getAllSubcomponents("vtimezone")) {
      ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    }
    const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    const master = events.find((event) => !event.isRecurrenceException());
    if (master === undefined) throw new Error("no series");
    for (const exception of events.filter((event) => event.isRecurrenceException())) {
      master.relateException(exception);
    }
    const starts: string[] = [];
    const iterator = master.iterator();
    for (
      let next = iterator.next() as ICAL.Time | undefined;
      next !== undefined;
      next = iterator.next() as ICAL.Time | undefined
    ) {
      const details = master.getOccurrenceDetails(next) as { startDate: ICAL.Time };
      starts.push(details.startDate.toJSDate().toISOString());
    }
    expect(starts).toEqual([
      "2026-03-30T06:00:00.000Z",
      "2026-04-01T15:00:00.000Z",
      "2026-04-02T06:00:00.000Z",
    ]);
    expect(feed.body).toContain("SUMMARY:Body scan");
    expect(feed.body).not.toContain("Flare");
    testApp.clock.set(new Date("2026-03-29T00:30:00.000Z"));
  });

  for (const zone of ["America/Los_Angeles", "Pacific/Auckland"]) {
    it(`feed and download write DTSTAMP and LAST-MODIFIED in UTC with a Z (${zone})`, async () => {
      const person = await signedInPatient(
        testApp,
        undefined,
        aRegistration().withTimeZone(zone).build(),
      );
      const owner = `/api/users/${person.user.id}`;
      const changedAt = testApp.clock.now().toISOString();
      await planWithItem(person, { schedule: dailyAtEight });
      const link = (await person.client.post(`${owner}/reminders/feed`)).json<CalendarFeedLink>();
      testApp.clock.advance(90 * 60_000);
      try {
        const fetchedAt = testApp.clock.now().toISOString();
        const feed = await testApp.app.inject({ method: "GET", url: new URL(link.url).pathname });
        const file = await person.client.get(`${owner}/reminders/calendar.ics`);
        for (const answer of [feed, file]) {
          expect(answer.statusCode, answer.body).toBe(200);
          const events = utcProperties(answer.body).filter((p) => p.component === "VEVENT");
          expect(events.map((p) => [p.name, instantOfUtc(p.value)])).toEqual([
            ["DTSTAMP", toWholeSeconds(fetchedAt)],
            ["LAST-MODIFIED", toWholeSeconds(changedAt)],
          ]);
          for (const property of utcProperties(answer.body))
            expect(
              instantOfUtc(property.value),
              `${property.name}:${property.value}`,
            ).toBeDefined();
        }
      } finally {
        testApp.clock.advance(-90 * 60_000);
      }
    });
  }
});
