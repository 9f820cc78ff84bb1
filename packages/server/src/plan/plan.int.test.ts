import {
  errorBodySchema,
  type ConflictPreview,
  type ItemSafety,
  type Plan,
  type PlanCalendar,
  type PlanToday,
  type PlanVersionSummary,
  type SaveSafetyIntakeRequest,
} from "@painplan/core";
import { beforeEach, describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { allNo, completeIntake } from "../safety/testing/safety-client.js";
import { useTestApp } from "../testing/test-app.js";
import { addPlanItem, createPlan, dailyAtTen, planWithItem } from "./testing/plans.js";

const testApp = useTestApp();
let person: SignedInClient;
beforeEach(async () => {
  person = await signedInPatient(testApp);
});

const plansUrl = () => `/api/users/${person.user.id}/plans`;
const planUrl = (plan: { id: string }) => `${plansUrl()}/${plan.id}`;
const itemsUrl = (plan: { id: string }) => `${planUrl(plan)}/items`;

async function saveIntake(body: SaveSafetyIntakeRequest) {
  const response = await person.client.request(
    "PUT",
    `/api/users/${person.user.id}/safety-intake`,
    body,
  );
  expect(response.statusCode, response.body).toBe(200);
}

async function rowCounts() {
  const db = testApp.database.db;
  const userId = person.user.id;
  const count = async (
    table: "plans" | "plan_items" | "plan_versions" | "plan_pauses" | "plan_occurrence_exceptions",
  ) => (await db.selectFrom(table).select("id").where("user_id", "=", userId).execute()).length;
  return {
    plans: await count("plans"),
    items: await count("plan_items"),
    versions: await count("plan_versions"),
    pauses: await count("plan_pauses"),
    exceptions: await count("plan_occurrence_exceptions"),
  };
}

function errorOf(body: unknown) {
  return errorBodySchema.parse(body).error;
}

describe("plans", () => {
  it("starts with no active plan; a new plan is active at version 1", async () => {
    const none = await person.client.get(`/api/users/${person.user.id}/plan`);
    expect(none.json()).toEqual({ plan: null });
    const plan = await createPlan(person, { madeWith: "Dr Okafor", reviewDate: "2026-06-01" });
    expect(plan).toMatchObject({ status: "active", version: 1, madeWith: "Dr Okafor", items: [] });
    const active = await person.client.get(`/api/users/${person.user.id}/plan`);
    expect(active.json<{ plan: Plan }>().plan.id).toBe(plan.id);
  });

  it("a second plan archives the first, which stays readable", async () => {
    const first = await createPlan(person, { title: "Winter" });
    const second = await createPlan(person, { title: "Spring" });
    const archived = await person.client.get(`${plansUrl()}/archived`);
    expect(archived.json<{ plans: { id: string; status: string }[] }>().plans).toEqual([
      expect.objectContaining({ id: first.id, status: "archived" }),
    ]);
    const old = await person.client.get(planUrl(first));
    expect(old.json<Plan>()).toMatchObject({ title: "Winter", status: "archived" });
    const active = await person.client.get(`/api/users/${person.user.id}/plan`);
    expect(active.json<{ plan: Plan }>().plan.id).toBe(second.id);
    // An archived plan does not change.
    const change = await person.client.patch(planUrl(first), {
      expectedVersion: old.json<Plan>().version,
      title: "Edited",
    });
    expect(change.statusCode).toBe(409);
  });

  it("a stale edit gets 409 write_conflict with the current version, and nothing is written", async () => {
    const plan = await createPlan(person);
    const changed = await person.client.patch(planUrl(plan), {
      expectedVersion: 1,
      title: "Renamed",
      reason: "Clearer",
      proposedBy: "me",
    });
    expect(changed.json<Plan>().version).toBe(2);
    const before = await rowCounts();
    const stale = await person.client.patch(planUrl(plan), {
      expectedVersion: 1,
      title: "Old form",
    });
    expect(stale.statusCode).toBe(409);
    const error = errorOf(stale.json());
    expect(error.code).toBe("write_conflict");
    expect(error.details?.currentVersion).toBe(2);
    expect(await rowCounts()).toEqual(before);
    const staleItem = await person.client.post(itemsUrl(plan), {
      expectedVersion: 1,
      therapyId: "body-scan",
      schedule: dailyAtTen,
    });
    expect(staleItem.statusCode).toBe(409);
    expect(await rowCounts()).toEqual(before);
  });

  it("keeps every change in the timeline with what, why and who proposed it", async () => {
    const plan = await createPlan(person);
    const withItem = await addPlanItem(person, plan, {
      therapyId: "deep-tissue-massage",
      reason: "Start massage",
      proposedBy: "my physiotherapist",
    });
    const item = withItem.items[0];
    if (item === undefined) throw new Error("no item");
    const changed = await person.client.patch(`${itemsUrl(plan)}/${item.id}`, {
      expectedVersion: withItem.version,
      therapyId: "swedish-massage",
      schedule: { ...dailyAtTen, cadence: { kind: "weekly", interval: 1, days: ["TU"] } },
      reason: "Deep tissue flares me up: Swedish instead, weekly",
      proposedBy: "me",
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const versions = await person.client.get(`${planUrl(plan)}/versions`);
    const list = versions.json<{ versions: PlanVersionSummary[] }>().versions;
    expect(
      list.map((version) => [version.version, version.changeKind, version.proposedBy]),
    ).toEqual([
      [3, "item-changed", "me"],
      [2, "item-added", "my physiotherapist"],
      [1, "plan-created", ""],
    ]);
    expect(list[0]?.reason).toBe("Deep tissue flares me up: Swedish instead, weekly");
    const second = await person.client.get(`${planUrl(plan)}/versions/2`);
    const snapshot = second.json<{ snapshot: Plan }>().snapshot;
    expect(snapshot.items.map((entry) => entry.therapyId)).toEqual(["deep-tissue-massage"]);
    const removed = await person.client.request("DELETE", `${itemsUrl(plan)}/${item.id}`, {
      expectedVersion: 3,
      reason: "Paused massage",
    });
    expect(removed.json<Plan>().items).toEqual([]);
  });
});

describe("item safety", () => {
  // Everything else answered "no", so only the bleeding rules speak (REFERENCE.md §3.1).
  const onBloodThinners: SaveSafetyIntakeRequest = {
    ...completeIntake,
    answers: { ...allNo, bloodThinners: "yes" },
  };

  it("refuses an item the rules say to avoid with 422 and the reason, nothing written", async () => {
    await saveIntake(onBloodThinners);
    const plan = await createPlan(person);
    const before = await rowCounts();
    const response = await person.client.post(itemsUrl(plan), {
      expectedVersion: plan.version,
      therapyId: "deep-tissue-massage",
      schedule: dailyAtTen,
    });
    expect(response.statusCode).toBe(422);
    const error = errorOf(response.json());
    expect(error.message).toContain("bleeding");
    expect(error.details?.fields?.map((field) => field.path)).toContain("clearance");
    expect(await rowCounts()).toEqual(before);
  });

  it("saves it with a recorded clearance (who and when)", async () => {
    await saveIntake(onBloodThinners);
    const plan = await addPlanItem(person, await createPlan(person), {
      therapyId: "deep-tissue-massage",
      clearance: { clearedBy: "Dr Okafor", clearedOn: "2026-03-20" },
    });
    expect(plan.items[0]).toMatchObject({
      safety: { level: "avoid" },
      clearance: { clearedBy: "Dr Okafor", clearedOn: "2026-03-20" },
    });
  });

  it("keeps a caution's instructions with the item, and the check route says the same", async () => {
    await saveIntake(onBloodThinners);
    const plan = await addPlanItem(person, await createPlan(person), {
      therapyId: "swedish-massage",
    });
    expect(plan.items[0]?.safety.level).toBe("caution");
    expect(plan.items[0]?.safety.instructions).toContain("Light pressure only.");
    const check = await person.client.post(`/api/users/${person.user.id}/plan/safety-check`, {
      therapyId: "deep-tissue-massage",
    });
    expect(check.json<ItemSafety>()).toMatchObject({ level: "avoid", isBlocked: true });
  });

  it("runs the rules again when an item changes to a therapy to avoid", async () => {
    await saveIntake(onBloodThinners);
    const { plan, item } = await planWithItem(person);
    const response = await person.client.patch(`${itemsUrl(plan)}/${item.id}`, {
      expectedVersion: plan.version,
      therapyId: "deep-tissue-massage",
    });
    expect(response.statusCode).toBe(422);
  });
});

describe("bad input → 4xx with field errors, nothing written", () => {
  const cases: [string, Record<string, unknown>, number, string][] = [
    [
      "invalid RRULE",
      { schedule: { ...dailyAtTen, cadence: { kind: "rrule", rrule: "FREQ=SOMETIMES" } } },
      400,
      "schedule.cadence.rrule",
    ],
    [
      "end before start",
      { schedule: { ...dailyAtTen, end: { kind: "until", date: "2026-02-01" } } },
      400,
      "schedule.end.date",
    ],
    [
      "too many occurrences",
      {
        // Daily until 2045: about 6,900 sessions, over the 5,000 of planLimits.
        schedule: { ...dailyAtTen, end: { kind: "until", date: "2045-01-01" } },
      },
      400,
      "schedule.end",
    ],
    [
      "duration 0",
      { schedule: { ...dailyAtTen, durationMinutes: 0 } },
      400,
      "schedule.durationMinutes",
    ],
    [
      "duration 8 h 1 min",
      { schedule: { ...dailyAtTen, durationMinutes: 481 } },
      400,
      "schedule.durationMinutes",
    ],
    ["unknown therapy", { therapyId: "reiki-by-post" }, 400, "therapyId"],
    ["both therapy and custom name", { customName: "Walk" }, 400, "therapyId"],
    ["unknown body area", { focusRegionIds: ["third-arm"] }, 400, "focusRegionIds.0"],
  ];
  for (const [title, change, status, path] of cases) {
    it(title, async () => {
      const plan = await createPlan(person);
      const before = await rowCounts();
      const response = await person.client.post(itemsUrl(plan), {
        expectedVersion: plan.version,
        therapyId: "body-scan",
        schedule: dailyAtTen,
        ...change,
      });
      expect(response.statusCode, response.body).toBe(status);
      const paths = errorOf(response.json()).details?.fields?.map((field) => field.path) ?? [];
      expect(
        paths.some((known) => known.startsWith(path)),
        paths.join(", "),
      ).toBe(true);
      expect(await rowCounts()).toEqual(before);
    });
  }

  it("a calendar window over 400 days", async () => {
    const response = await person.client.get(
      `/api/users/${person.user.id}/plan/calendar?from=2026-01-01&to=2027-03-01`,
    );
    expect(response.statusCode).toBe(400);
    expect(errorOf(response.json()).details?.fields?.map((field) => field.path)).toContain("to");
  });
});

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
    const url = `${itemsUrl(plan)}/${item.id}`;
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
    const held = await person.client.request("PUT", `${itemsUrl(plan)}/${item.id}/exceptions`, {
      originalStart: "2026-03-02T10:00",
      kind: "held",
      heldAt: "2026-03-05T09:00:00Z",
    });
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
    const paused = await person.client.post(`${planUrl(plan)}/pause`, {
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
    const resumed = await person.client.post(`${planUrl(plan)}/resume`, {
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
    const paused = await person.client.post(`${planUrl(plan)}/pause`, {
      expectedVersion: plan.version,
      pause: { from: "2026-04-10", until: "2026-04-12", reason: "Travel" },
    });
    const resumed = await person.client.post(`${planUrl(plan)}/resume`, {
      expectedVersion: paused.json<Plan>().version,
    });
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(resumed.json<Plan>().pauses).toEqual([]);
    const again = await person.client.post(`${planUrl(plan)}/resume`, {
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

describe("OpenAPI", () => {
  it("describes the plan routes", async () => {
    const response = await testApp.client().get("/api/openapi.json");
    expect(response.statusCode).toBe(200);
    const { paths } = response.json<{ paths: Record<string, Record<string, object>> }>();
    const base = "/api/users/{userId}";
    expect(Object.keys(paths[`${base}/plans/{planId}/items/{itemId}`] ?? {}).sort()).toEqual([
      "delete",
      "patch",
    ]);
    expect(Object.keys(paths[`${base}/plan/calendar`] ?? {})).toEqual(["get"]);
    expect(Object.keys(paths[`${base}/plan/goals/{goalId}`] ?? {}).sort()).toEqual([
      "delete",
      "get",
      "put",
    ]);
  });
});
