import type { CalendarFeedLink, PushDevice, ReminderSettingsResponse } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { aPushSubscription } from "../authorization/matrix/reminders.rows.js";
import { signedInPatient } from "../testing/accounts.js";
import { race, statusCounts } from "../testing/race.js";
import { useTestApp } from "../testing/test-app.js";

/**
 * Every reminders write that can race: 20 requests at once at one person's settings, feed or
 * device, on both databases. Each answer is 2xx or 409 (never 500), and the final state is what
 * the answers promised.
 */
const testApp = useTestApp();

describe("reminder races", () => {
  it("different settings saved at once: all succeed, the last write is one of them", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/reminders/settings`;
    await race((index) =>
      person.client.request("PUT", url, {
        channels: { feed: true, push: index % 2 === 0, email: true },
        leadMinutes: index,
        quietHours: null,
        locale: "en-GB",
        stopped: false,
      }),
    );
    const saved = (await person.client.get(url)).json<ReminderSettingsResponse>().settings;
    expect(saved.leadMinutes).toBeLessThan(20);
    expect(saved.channels.push).toBe(saved.leadMinutes % 2 === 0);
  });

  it("snooze and stop at once: all succeed", async () => {
    const person = await signedInPatient(testApp);
    const base = `/api/users/${person.user.id}/reminders`;
    await race((index) =>
      index % 2 === 0
        ? person.client.post(`${base}/snooze`, { minutes: 30 })
        : person.client.post(`${base}/stop`),
    );
    const saved = (await person.client.get(`${base}/settings`)).json<ReminderSettingsResponse>();
    // Both changes last: neither write puts back what the other had changed.
    expect(saved.settings.snoozedUntil).not.toBeNull();
    expect(saved.settings.stopped).toBe(true);
  });

  it("feed created at once: one link, the others 409", async () => {
    const person = await signedInPatient(testApp);
    const responses = await race(() =>
      person.client.post(`/api/users/${person.user.id}/reminders/feed`),
    );
    expect(statusCounts(responses)).toEqual({ 201: 1, 409: 19 });
  });

  it("feed regenerated at once: every answer a link, exactly the last one stored opens", async () => {
    const person = await signedInPatient(testApp);
    const responses = await race(() =>
      person.client.post(`/api/users/${person.user.id}/reminders/feed/regenerate`),
    );
    const opened = await Promise.all(
      responses.map((response) =>
        testApp.app.inject({
          method: "GET",
          url: new URL(response.json<CalendarFeedLink>().url).pathname,
        }),
      ),
    );
    expect(opened.filter((response) => response.statusCode === 200)).toHaveLength(1);
  });

  it("one device subscribed at once: one device kept", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/reminders/push-devices`;
    const body = { ...aPushSubscription, endpoint: `https://push.example/race/${person.user.id}` };
    const responses = await race(() => person.client.post(url, body));
    const ids = new Set(responses.map((response) => response.json<PushDevice>().id));
    expect(ids.size).toBe(1);
  });

  it("revoke at once: one 204, the others 404 as in sequence", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/reminders/feed`;
    await person.client.post(url);
    const responses = await race(() => person.client.request("DELETE", url), {
      alsoAllowed: [404],
    });
    expect(statusCounts(responses)[204]).toBe(1);
  });
});
