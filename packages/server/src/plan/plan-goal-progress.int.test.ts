import type { GoalRecord, Plan } from "@painplan/core";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { aPainEntry, recordPainEntry } from "../testing/pain-entries.js";
import { useTestApp } from "../testing/test-app.js";
import { aGoalBody, planWithItem } from "./testing/plans.js";

const testApp = useTestApp();

/** Noon in Paris (CET, UTC+1) on a March 2026 day before the clocks change. */
const parisNoon = (day: number) => `2026-03-${String(day).padStart(2, "0")}T11:00:00.000Z`;

describe("goal progress from the diary and the plan", () => {
  it("pain reduction: baseline of the 7 days before the start, IMMPACT band, percent and points", async () => {
    const person = await signedInPatient(testApp);
    // Baseline 15–21 March: 6 every day (two ratings on the 15th average to 6).
    for (let day = 15; day <= 21; day += 1) {
      await recordPainEntry(
        person,
        aPainEntry({ intensityNow: 6, recordedAt: parisNoon(day) }).build(),
      );
    }
    await recordPainEntry(
      person,
      aPainEntry({ intensityNow: 5, recordedAt: "2026-03-15T08:00:00.000Z" }).build(),
    );
    await recordPainEntry(
      person,
      aPainEntry({ intensityNow: 7, recordedAt: "2026-03-15T17:00:00.000Z" }).build(),
    );
    // Since the start (22 March): 3 every day.
    for (let day = 22; day <= 28; day += 1) {
      await recordPainEntry(
        person,
        aPainEntry({ intensityNow: 3, recordedAt: parisNoon(day) }).build(),
      );
    }
    const response = await person.client.post(
      `/api/users/${person.user.id}/plan/goals`,
      aGoalBody({
        goal: {
          kind: "pain-reduction",
          startDate: "2026-03-22",
          targetDate: "2026-06-22",
          targetPercent: 30,
        },
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<GoalRecord>().progress).toEqual({
      status: "achieved",
      band: "substantial",
      points: 3,
      percent: 50,
      baseline: 6,
      current: 3,
      evaluatedOn: "2026-03-29",
    });
  });

  it("pain reduction without a baseline: no percent, no band, on track", async () => {
    const person = await signedInPatient(testApp);
    const response = await person.client.post(
      `/api/users/${person.user.id}/plan/goals`,
      aGoalBody({
        goal: {
          kind: "pain-reduction",
          startDate: "2026-03-22",
          targetDate: "2026-06-22",
          targetPercent: 30,
        },
      }),
    );
    expect(response.json<GoalRecord>().progress).toMatchObject({
      status: "on-track",
      band: null,
      percent: null,
      points: null,
    });
  });

  it("sessions attended counts the sessions marked held", async () => {
    const person = await signedInPatient(testApp);
    const { plan, item } = await planWithItem(person);
    const url = `/api/users/${person.user.id}/plans/${plan.id}/items/${item.id}/exceptions`;
    for (const day of ["2026-03-27", "2026-03-28"]) {
      const held = await person.client.request("PUT", url, {
        originalStart: `${day}T10:00`,
        kind: "held",
        heldAt: `${day}T09:05:00Z`,
      });
      expect(held.statusCode, held.body).toBe(200);
    }
    const response = await person.client.post(
      `/api/users/${person.user.id}/plan/goals`,
      aGoalBody({
        goal: {
          kind: "sessions-attended",
          startDate: "2026-03-01",
          targetDate: "2026-06-01",
          sessions: 4,
        },
      }),
    );
    const record = response.json<GoalRecord>();
    expect(record.planId).toBe((plan satisfies Plan).id);
    expect(record.progress).toMatchObject({ status: "on-track", points: 2, percent: 50 });
  });

  it("practice minutes add up the practice log of the last 7 local days", async () => {
    const person = await signedInPatient(testApp);
    const practised = [
      ["2026-03-20T09:00:00Z", 25 * 60], // before the 7 days: not counted
      ["2026-03-24T09:00:00Z", 20 * 60],
      ["2026-03-26T18:00:00Z", 10 * 60],
    ] as const;
    for (const [startedAt, seconds] of practised) {
      const logged = await person.client.post(`/api/users/${person.user.id}/practice/log`, {
        idempotencyKey: randomUUID(),
        kind: "paced-breathing",
        practiceId: "paced-breathing",
        secondsDone: seconds,
        startedAt,
        endedAt: new Date(Date.parse(startedAt) + seconds * 1000).toISOString(),
        howItFelt: "",
      });
      expect(logged.statusCode, logged.body).toBe(201);
    }
    const response = await person.client.post(
      `/api/users/${person.user.id}/plan/goals`,
      aGoalBody({
        goal: {
          kind: "practice-minutes",
          startDate: "2026-03-01",
          targetDate: "2026-06-01",
          minutesPerWeek: 40,
        },
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<GoalRecord>().progress).toMatchObject({
      status: "on-track",
      points: 30,
      percent: 75,
    });
  });
});
