import type { ReminderSettingsInput } from "@painplan/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "../database/database.js";
import { planWithItem } from "../plan/testing/plans.js";
import { signedInPatient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { aPushDevice, decryptPush, startPushEndpoint } from "../testing/push-endpoint.js";
import { startTestApp, type TestApp } from "../testing/test-app.js";
import { freshDatabasePlace, type TestDatabasePlace } from "../testing/test-database.js";

/**
 * Two app instances, each with its own pool and its own job worker, on one PostgreSQL database:
 * every due reminder reaches the device exactly once, and both agree on the VAPID keys.
 */
let place: TestDatabasePlace;
let databases: OpenDatabase[];
let instances: TestApp[];
let pushService: Awaited<ReturnType<typeof startPushEndpoint>>;

beforeAll(async () => {
  pushService = await startPushEndpoint();
  place = await freshDatabasePlace("postgres");
  databases = [openDatabase(place.config), openDatabase(place.config)];
  await Promise.all(databases.map((database) => database.migrate()));
  instances = await Promise.all(databases.map((database) => startTestApp({ database })));
});

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.close()));
  await Promise.all(databases.map((database) => database.close()));
  await place.dispose();
  await pushService.close();
});

const settings: ReminderSettingsInput = {
  channels: { feed: true, push: true, email: false },
  leadMinutes: 60,
  quietHours: null,
  locale: "en-GB",
  stopped: false,
};

describe("reminders on two instances", () => {
  it("sends each due reminder once although both instances run their jobs at the same time", async () => {
    const [a, b] = instances as [TestApp, TestApp];
    const people = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        signedInPatient(
          index % 2 === 0 ? a : b,
          undefined,
          aRegistration().withTimeZone("Europe/Berlin").build(),
        ),
      ),
    );
    const devices = new Map<string, ReturnType<typeof aPushDevice>>();
    for (const person of people) {
      const device = aPushDevice(`${pushService.origin}/push/${person.user.id}`);
      devices.set(person.user.id, device);
      const base = `/api/users/${person.user.id}/reminders`;
      expect(
        (await person.client.post(`${base}/push-devices`, device.subscription)).statusCode,
      ).toBe(201);
      await planWithItem(person, {
        schedule: {
          cadence: { kind: "daily", interval: 1 },
          startDate: "2026-03-29",
          timeOfDay: "10:00",
          durationMinutes: 10,
          end: { kind: "count", count: 3 },
        },
      });
      expect((await person.client.request("PUT", `${base}/settings`, settings)).statusCode).toBe(
        200,
      );
    }
    // Three days of sessions at 10:00 CEST, each reminded at 09:00 (07:00Z), both instances
    // running rounds at once at each reminder time.
    for (const at of [
      "2026-03-29T07:00:00.000Z",
      "2026-03-30T07:00:00.000Z",
      "2026-03-31T07:00:00.000Z",
    ]) {
      for (const instance of instances) instance.clock.set(new Date(at));
      await Promise.all(
        instances.flatMap((instance) => [
          instance.app.jobs.runDueJobs(),
          instance.app.jobs.runDueJobs(),
        ]),
      );
    }
    for (const person of people) {
      const received = pushService.received.filter((push) => push.path.endsWith(person.user.id));
      const device = devices.get(person.user.id);
      if (device === undefined) throw new Error("no device");
      const bodies = received.map(
        (push) => (JSON.parse(decryptPush(push.body, device)) as { body: string }).body,
      );
      expect(bodies).toEqual([
        "Session today at 10:00",
        "Session today at 10:00",
        "Session today at 10:00",
      ]);
    }
    const keys = await a.database.db.selectFrom("vapid_keys").select("public_key").execute();
    expect(keys).toHaveLength(1);
  });
});
