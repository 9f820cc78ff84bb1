import type { ConflictPreview, Plan, PlanCalendar, PlanToday } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { useTestApp } from "../testing/test-app.js";
import { itemsUrl, planUrl, usePlanOwner } from "./testing/plan-requests.js";
import { addPlanItem, createPlan, dailyAtTen, planWithItem } from "./testing/plans.js";

const testApp = useTestApp();
const person = usePlanOwner(testApp);

describe("calendar", () => {
  it("keeps a 10:00 session at 10:00 local across the spring change (Paris, 29 March 2026)", async () => {
    await planWithItem(person);
    const response = await person.client.get(
      `/api/users/${person.user.id}/plan/calendar?from=2026-03-28&to=2026-03-30`,
    );
    const calendar = response.json<PlanCalendar>();
    expect(calendar.timeZone).toBe("Europe/Paris");
    expect(
      calendar.occurrences.map((occurrence) => [occurrence.localTime, occurrence.start]),
    ).toEqual([
      ["10:00", "2026-03-28T09:00:00.000Z"],
      ["10:00", "2026-03-29T08:00:00.000Z"],
      ["10:00", "2026-03-30T08:00:00.000Z"],
    ]);
    expect(calendar.occurrences[0]?.title).toBe("Body scan");
  });

  it("moves, cancels, marks held and adds single occurrences", async () => {
    const { plan, item } = await planWithItem(person);
    const url = `${itemsUrl(person, plan)}/${item.id}`;
    const moved = await person.client.request("PUT", `${url}/exceptions`, {
      originalStart: "2026-03-30T10:00",
      kind: "moved",
      movedTo: "2026-03-30T16:30",
    });
    expect(moved.statusCode, moved.body).toBe(200);
    await person.client.request("PUT", `${url}/exceptions`, {
      originalStart: "2026-03-31T10:00",
      kind: "cancelled",
    });
    await person.client.request("PUT", `${url}/exceptions`, {
      originalStart: "2026-03-29T10:00",
      kind: "held",
    });
    const added = await person.client.post(`${url}/added-occurrences`, {
      start: "2026-03-31T18:00",
      durationMinutes: 20,
    });
    expect(added.statusCode, added.body).toBe(201);
    const again = await person.client.post(`${url}/added-occurrences`, {
      start: "2026-03-31T18:00",
      durationMinutes: 20,
    });
    expect(again.statusCode).toBe(409);
    const notASession = await person.client.request("PUT", `${url}/exceptions`, {
      originalStart: "2026-03-30T11:00",
      kind: "cancelled",
    });
    expect(notASession.statusCode).toBe(400);
    const calendar = (
      await person.client.get(
        `/api/users/${person.user.id}/plan/calendar?from=2026-03-29&to=2026-03-31`,
      )
    ).json<PlanCalendar>();
    expect(calendar.occurrences.map((o) => [o.key, o.localDate, o.localTime, o.status])).toEqual([
      ["2026-03-29T10:00", "2026-03-29", "10:00", "held"],
      ["2026-03-30T10:00", "2026-03-30", "16:30", "moved"],
      ["2026-03-31T10:00", "2026-03-31", "10:00", "cancelled"],
      ["2026-03-31T18:00", "2026-03-31", "18:00", "added"],
    ]);
    const cleared = await person.client.request("DELETE", `${url}/exceptions`, {
      originalStart: "2026-03-31T10:00",
    });
    expect(cleared.statusCode).toBe(204);
  });

  it("every 2 weeks after the last session held: the next follows the real session, not the grid", async () => {
    const { plan, item } = await planWithItem(person, {
      therapyId: "swedish-massage",
      schedule: {
        ...dailyAtTen,
        startDate: "2026-03-02",
        durationMinutes: 60,
        cadence: { kind: "after-last-held", intervalWeeks: 2 },
      },
    });
    // The first session was held three days late, on Thursday 5 March.
    const held = await person.client.request(
      "PUT",
      `${itemsUrl(person, plan)}/${item.id}/exceptions`,
      {
        originalStart: "2026-03-02T10:00",
        kind: "held",
        heldAt: "2026-03-05T09:00:00Z",
      },
    );
    expect(held.statusCode, held.body).toBe(200);
    const calendar = (
      await person.client.get(
        `/api/users/${person.user.id}/plan/calendar?from=2026-03-01&to=2026-04-20`,
      )
    ).json<PlanCalendar>();
    expect(calendar.occurrences.map((o) => [o.localDate, o.localTime, o.status])).toEqual([
      ["2026-03-02", "10:00", "held"],
      ["2026-03-19", "10:00", "scheduled"],
      ["2026-04-02", "10:00", "scheduled"],
      ["2026-04-16", "10:00", "scheduled"],
    ]);
  });

  it("Today lists today's occurrences in the owner's zone", async () => {
    const auckland = await signedInPatient(
      testApp,
      undefined,
      aRegistration().withTimeZone("Pacific/Auckland").build(),
    );
    await planWithItem(auckland);
    const today = (
      await auckland.client.get(`/api/users/${auckland.user.id}/plan/today`)
    ).json<PlanToday>();
    // 00:30 UTC on 29 March is 13:30 on the 29th in Auckland.
    expect(today.localDate).toBe("2026-03-29");
    expect(today.occurrences.map((occurrence) => occurrence.key)).toEqual(["2026-03-29T10:00"]);
  });

  it("a pause suspends occurrences without deleting them; resume ends it today", async () => {
    const { plan } = await planWithItem(person);
    const paused = await person.client.post(`${planUrl(person, plan)}/pause`, {
      expectedVersion: plan.version,
      pause: { from: "2026-03-28", until: "2026-04-10", reason: "A flare" },
    });
    expect(paused.statusCode, paused.body).toBe(200);
    const during = (
      await person.client.get(
        `/api/users/${person.user.id}/plan/calendar?from=2026-03-29&to=2026-03-30`,
      )
    ).json<PlanCalendar>();
    expect(during.occurrences.map((occurrence) => occurrence.status)).toEqual(["paused", "paused"]);
    const resumed = await person.client.post(`${planUrl(person, plan)}/resume`, {
      expectedVersion: paused.json<Plan>().version,
    });
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(resumed.json<Plan>().pauses[0]?.until).toBe("2026-03-28");
    const after = (
      await person.client.get(
        `/api/users/${person.user.id}/plan/calendar?from=2026-03-29&to=2026-03-30`,
      )
    ).json<PlanCalendar>();
    expect(after.occurrences.map((occurrence) => occurrence.status)).toEqual([
      "scheduled",
      "scheduled",
    ]);
  });
});

describe("resume", () => {
  it("withdraws a pause still to come, and answers 409 when there is none", async () => {
    const plan = await createPlan(person);
    const paused = await person.client.post(`${planUrl(person, plan)}/pause`, {
      expectedVersion: plan.version,
      pause: { from: "2026-04-10", until: "2026-04-12", reason: "Travel" },
    });
    const resumed = await person.client.post(`${planUrl(person, plan)}/resume`, {
      expectedVersion: paused.json<Plan>().version,
    });
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(resumed.json<Plan>().pauses).toEqual([]);
    const again = await person.client.post(`${planUrl(person, plan)}/resume`, {
      expectedVersion: resumed.json<Plan>().version,
    });
    expect(again.statusCode).toBe(409);
  });
});

describe("conflict preview", () => {
  it("finds every overlap over the draft's whole run, not only the first ones", async () => {
    const plan = await createPlan(person);
    // Existing: every Monday at 10:00 for a year.
    await addPlanItem(person, plan, {
      therapyId: "swedish-massage",
      schedule: {
        ...dailyAtTen,
        durationMinutes: 60,
        cadence: { kind: "weekly", interval: 1, days: ["MO"] },
        end: { kind: "count", count: 52 },
      },
    });
    // Draft: daily 10:30 for 30 sessions from 1 March → overlaps the Mondays in that run.
    const response = await person.client.post(`/api/users/${person.user.id}/plan/conflicts`, {
      schedule: { ...dailyAtTen, timeOfDay: "10:30", end: { kind: "count", count: 30 } },
    });
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json<ConflictPreview>();
    expect(preview.occurrenceCount).toBe(30);
    // Mondays from 2 March to 30 March 2026.
    expect(preview.conflicts.map((conflict) => conflict.existing.localDate)).toEqual([
      "2026-03-02",
      "2026-03-09",
      "2026-03-16",
      "2026-03-23",
      "2026-03-30",
    ]);
    expect(preview.conflicts[0]?.existing.title).toBe("Swedish massage");
  });
});
