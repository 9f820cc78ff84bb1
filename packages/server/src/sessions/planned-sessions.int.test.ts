import type { PlanCalendar, SessionDefaults } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { planWithItem } from "../plan/testing/plans.js";
import { fieldPaths } from "../safety/testing/safety-client.js";
import { signedInPatient } from "../testing/accounts.js";
import { useTestApp } from "../testing/test-app.js";
import { aSessionLog, logSession, sessionsUrl } from "./testing/sessions.js";

const testApp = useTestApp();

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
    expect(fieldPaths(second)).toEqual(["occurrenceStart"]);

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
