import type { ItemSchedule, PlanCalendar, TherapySession } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { planWithItem } from "../plan/testing/plans.js";
import { fieldPaths } from "../safety/testing/safety-client.js";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { useTestApp } from "../testing/test-app.js";
import { aSessionLog, sessionsUrl } from "./testing/sessions.js";

const testApp = useTestApp();

/** Sundays at 10:00 from 1 March 2026 (the test clock is 29 March, 00:30Z). */
const sundays: ItemSchedule = {
  cadence: { kind: "weekly", interval: 1, days: ["SU"] },
  startDate: "2026-03-01",
  timeOfDay: "10:00",
  durationMinutes: 60,
  end: { kind: "never" },
};

async function sundayPlan(zone: string) {
  const person = await signedInPatient(
    testApp,
    undefined,
    aRegistration().withTimeZone(zone).build(),
  );
  const { plan, item } = await planWithItem(person, {
    therapyId: "swedish-massage",
    schedule: sundays,
  });
  return { person, plan, item };
}

async function statuses(person: SignedInClient, from: string, to: string) {
  const answer = await person.client.get(
    `/api/users/${person.user.id}/plan/calendar?from=${from}&to=${to}`,
  );
  return answer.json<PlanCalendar>().occurrences.map((o) => `${o.key} ${o.status}`);
}

describe("a planned session names a real occurrence of its item, at a plausible time", () => {
  for (const zone of ["America/Los_Angeles", "Pacific/Auckland"]) {
    it(`refuses a Monday of a Sunday series, and holds nothing (${zone})`, async () => {
      const { person, item } = await sundayPlan(zone);
      const answer = await person.client.post(
        sessionsUrl(person),
        aSessionLog({
          planItemId: item.id,
          occurrenceStart: "2026-03-23T10:00",
          startedAt: "2026-03-23T00:00:00.000Z",
        }),
      );
      expect(answer.statusCode, answer.body).toBe(400);
      expect(fieldPaths(answer)).toEqual(["occurrenceStart"]);
      expect(await statuses(person, "2026-03-01", "2026-03-28")).not.toContain(
        expect.stringContaining("held"),
      );
    });
  }

  it("refuses a session held in March for a planned session in June (startedAt)", async () => {
    const { person, item } = await sundayPlan("America/Los_Angeles");
    const answer = await person.client.post(
      sessionsUrl(person),
      aSessionLog({
        planItemId: item.id,
        occurrenceStart: "2026-06-07T10:00",
        startedAt: "2026-03-28T17:00:00.000Z",
      }),
    );
    expect(answer.statusCode, answer.body).toBe(400);
    expect(fieldPaths(answer)).toEqual(["startedAt"]);
    const body = answer.json<{ error: { details: { fields: { message: string }[] } } }>();
    expect(body.error.details.fields[0]?.message).toContain("2026-06-07");
    expect(await statuses(person, "2026-06-07", "2026-06-07")).toEqual([
      "2026-06-07T10:00 scheduled",
    ]);
  });

  it("accepts the same day at another hour, then refuses retiming it to another week", async () => {
    const { person, item } = await sundayPlan("America/Los_Angeles");
    // Sunday 22 March 10:00 in Los Angeles is 17:00Z; held at 15:30 local (22:30Z).
    const logged = await person.client.post(
      sessionsUrl(person),
      aSessionLog({
        planItemId: item.id,
        occurrenceStart: "2026-03-22T10:00",
        startedAt: "2026-03-22T22:30:00.000Z",
      }),
    );
    expect(logged.statusCode, logged.body).toBe(201);
    const session = logged.json<TherapySession>();
    const retimed = await person.client.request("PATCH", sessionsUrl(person, `/${session.id}`), {
      startedAt: "2026-03-15T17:00:00.000Z",
    });
    expect(retimed.statusCode, retimed.body).toBe(400);
    expect(fieldPaths(retimed)).toEqual(["startedAt"]);
    const nearby = await person.client.request("PATCH", sessionsUrl(person, `/${session.id}`), {
      startedAt: "2026-03-22T18:00:00.000Z",
    });
    expect(nearby.statusCode, nearby.body).toBe(200);
  });

  it("refuses a cancelled occurrence on occurrenceStart", async () => {
    const { person, plan, item } = await sundayPlan("Pacific/Auckland");
    const itemUrl = `/api/users/${person.user.id}/plans/${plan.id}/items/${item.id}`;
    const cancel = await person.client.request("PUT", `${itemUrl}/exceptions`, {
      originalStart: "2026-03-22T10:00",
      kind: "cancelled",
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    const answer = await person.client.post(
      sessionsUrl(person),
      aSessionLog({
        planItemId: item.id,
        occurrenceStart: "2026-03-22T10:00",
        startedAt: "2026-03-21T21:00:00.000Z",
      }),
    );
    expect(answer.statusCode, answer.body).toBe(400);
    expect(fieldPaths(answer)).toEqual(["occurrenceStart"]);
  });

  it("other endpoints naming an occurrence refuse a Monday of a Sunday series", async () => {
    const { person, plan, item } = await sundayPlan("America/Los_Angeles");
    const itemUrl = `/api/users/${person.user.id}/plans/${plan.id}/items/${item.id}`;
    const defaults = await person.client.get(
      sessionsUrl(person, `/defaults?itemId=${item.id}&originalStart=2026-03-23T10:00`),
    );
    expect(defaults.statusCode, defaults.body).toBe(400);
    expect(fieldPaths(defaults)).toEqual(["originalStart"]);
    for (const kind of ["cancelled", "held"]) {
      const change = await person.client.request("PUT", `${itemUrl}/exceptions`, {
        originalStart: "2026-03-23T10:00",
        kind,
      });
      expect(change.statusCode, change.body).toBe(400);
      expect(fieldPaths(change)).toEqual(["originalStart"]);
    }
    const missed = await person.client.request("PUT", `${itemUrl}/missed/2026-03-23T10:00`, {
      reason: "forgot",
    });
    expect(missed.statusCode, missed.body).toBe(404);
  });
});
