import type { MissedOccurrenceResponse, Plan, PlanAdherence } from "@painplan/core";
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { testStart, useTestApp } from "../testing/test-app.js";
import { plansRepository } from "./plans.repository.js";
import { planWithItem } from "./testing/plans.js";

const testApp = useTestApp();

afterEach(() => {
  testApp.clock.set(testStart);
});

/**
 * A person in Paris with the daily 10:00 body scan from 1 March; the test clock is 29 March
 * 00:30 UTC (01:30 in Paris), so the sessions up to 28 March are over and the 29th's is to come.
 */
async function personWithPlan() {
  const person = await signedInPatient(testApp);
  const { plan, item } = await planWithItem(person);
  const itemUrl = `/api/users/${person.user.id}/plans/${plan.id}/items/${item.id}`;
  return { person, plan, item, itemUrl };
}

async function adherence(person: SignedInClient, from = "2026-03-23", to = "2026-03-29") {
  const response = await person.client.get(
    `/api/users/${person.user.id}/plan/adherence?from=${from}&to=${to}`,
  );
  expect(response.statusCode, response.body).toBe(200);
  return response.json<PlanAdherence>();
}

async function change(person: SignedInClient, itemUrl: string, body: unknown) {
  const response = await person.client.request("PUT", `${itemUrl}/exceptions`, body);
  expect(response.statusCode, response.body).toBe(200);
}

async function reasonRows(person: SignedInClient) {
  return testApp.database.db
    .selectFrom("plan_missed_reasons")
    .selectAll()
    .where("user_id", "=", person.user.id)
    .execute();
}

describe("adherence", () => {
  it("counts each due session, held ones done, the rest missed; today's is still to come", async () => {
    const { person, itemUrl } = await personWithPlan();
    await change(person, itemUrl, { originalStart: "2026-03-24T10:00", kind: "held" });
    const result = await adherence(person);
    expect(result.timeZone).toBe("Europe/Paris");
    expect(result.overall.period).toEqual({
      kind: "progress",
      done: 1,
      missed: 5,
      expected: 6,
      upcoming: 1,
    });
    expect(result.items.map((item) => [item.title, item.period.kind])).toEqual([
      ["Body scan", "progress"],
    ]);
    expect(result.overall.weeks.map((week) => week.isoWeek)).toEqual(["2026-W13"]);
    expect(result.missed.map((missed) => missed.key)).toEqual([
      "2026-03-28T10:00",
      "2026-03-27T10:00",
      "2026-03-26T10:00",
      "2026-03-25T10:00",
      "2026-03-23T10:00",
    ]);
  });

  it("is 'nothing planned' without a plan and for a period before the plan starts", async () => {
    const person = await signedInPatient(testApp);
    expect((await adherence(person)).overall.period).toEqual({
      kind: "nothing-planned",
      upcoming: 0,
    });
    await planWithItem(person);
    const before = await adherence(person, "2026-02-01", "2026-02-28");
    expect(before.overall.period.kind).toBe("nothing-planned");
    expect(before.items[0]?.period.kind).toBe("nothing-planned");
    expect(before.overall.weeks).toHaveLength(5);
  });

  it("counts two sessions on one day as two", async () => {
    const { person, itemUrl } = await personWithPlan();
    const added = await person.client.post(`${itemUrl}/added-occurrences`, {
      start: "2026-03-27T18:00",
      durationMinutes: 10,
    });
    expect(added.statusCode, added.body).toBe(201);
    await change(person, itemUrl, { originalStart: "2026-03-27T10:00", kind: "held" });
    const day = await adherence(person, "2026-03-27", "2026-03-27");
    expect(day.overall.period).toMatchObject({ kind: "progress", done: 1, expected: 2 });
  });

  it("an extra session held through the plan repository (as the session log does) is done", async () => {
    const { person, item, itemUrl } = await personWithPlan();
    const added = await person.client.post(`${itemUrl}/added-occurrences`, {
      start: "2026-03-27T18:00",
      durationMinutes: 10,
    });
    expect(added.statusCode, added.body).toBe(201);
    await plansRepository.upsertException(testApp.database.db, {
      id: randomUUID(),
      item_id: item.id,
      user_id: person.user.id,
      original_start: "2026-03-27T18:00",
      kind: "held",
      moved_to: null,
      held_at: "2026-03-27T17:00:00.000Z",
      updated_at: "2026-03-27T17:30:00.000Z",
    });
    const day = await adherence(person, "2026-03-27", "2026-03-27");
    expect(day.overall.period).toMatchObject({ kind: "progress", done: 1, expected: 2 });
    expect(day.missed.map((missed) => missed.key)).toEqual(["2026-03-27T10:00"]);
    const reason = await person.client.request("PUT", `${itemUrl}/missed/2026-03-27T18:00`, {
      reason: "flare",
    });
    expect(reason.statusCode).toBe(409);
  });

  it("a session moved or cancelled ahead of time is not missed; cancelled afterwards it is", async () => {
    const { person, itemUrl } = await personWithPlan();
    testApp.clock.set(new Date("2026-03-25T06:00:00Z"));
    await change(person, itemUrl, { originalStart: "2026-03-25T10:00", kind: "cancelled" });
    await change(person, itemUrl, {
      originalStart: "2026-03-26T10:00",
      kind: "moved",
      movedTo: "2026-03-30T15:00",
    });
    testApp.clock.set(testStart);
    await change(person, itemUrl, { originalStart: "2026-03-27T10:00", kind: "cancelled" });
    const result = await adherence(person, "2026-03-23", "2026-03-30");
    const keys = result.missed.map((missed) => missed.key);
    expect(keys).not.toContain("2026-03-25T10:00");
    expect(keys).not.toContain("2026-03-26T10:00");
    expect(keys).toContain("2026-03-27T10:00");
    expect(result.overall.period).toEqual({
      kind: "progress",
      done: 0,
      missed: 4,
      expected: 4,
      upcoming: 3,
    });
  });

  it("leaves out paused days", async () => {
    const { person, plan } = await personWithPlan();
    const paused = await person.client.post(`/api/users/${person.user.id}/plans/${plan.id}/pause`, {
      expectedVersion: plan.version,
      pause: { from: "2026-03-23", until: "2026-03-26", reason: "A flare" },
    });
    expect(paused.statusCode, paused.body).toBe(200);
    expect((await adherence(person)).overall.period).toMatchObject({ done: 0, expected: 2 });
    const pausedWeek = await adherence(person, "2026-03-23", "2026-03-26");
    expect(pausedWeek.overall.period).toEqual({ kind: "nothing-planned", upcoming: 0 });
  });

  it("refuses a period that ends before it starts or is too long, with the field", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/plan/adherence`;
    for (const query of ["?from=2026-03-29&to=2026-03-01", "?from=2025-01-01&to=2026-12-31"]) {
      const response = await person.client.get(url + query);
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('"path":"to"');
    }
    expect((await person.client.get(`${url}?from=2026-02-30&to=2026-03-01`)).statusCode).toBe(400);
  });
});

describe("why a session was missed", () => {
  it("keeps one reason per session, replaces it, shows it and takes it back", async () => {
    const { person, item, itemUrl } = await personWithPlan();
    const url = `${itemUrl}/missed/2026-03-27T10:00`;
    const first = await person.client.request("PUT", url, { reason: "flare" });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<MissedOccurrenceResponse>().missed).toMatchObject({
      itemId: item.id,
      key: "2026-03-27T10:00",
      reason: { reason: "flare", note: "", enteredBy: person.user.id },
    });
    const second = await person.client.request("PUT", url, {
      reason: "other",
      note: "The bus did not come",
    });
    expect(second.statusCode).toBe(200);
    const shown = (await adherence(person)).missed.find((each) => each.key === "2026-03-27T10:00");
    expect(shown?.reason).toMatchObject({ reason: "other", note: "The bus did not come" });
    expect(await reasonRows(person)).toHaveLength(1);
    expect((await person.client.request("DELETE", url)).statusCode).toBe(204);
    expect((await person.client.request("DELETE", url)).statusCode).toBe(404);
    expect(await reasonRows(person)).toEqual([]);
  });

  it("a session logged late is done, not missed, and its reason is no longer shown", async () => {
    const { person, itemUrl } = await personWithPlan();
    const url = `${itemUrl}/missed/2026-03-27T10:00`;
    expect((await person.client.request("PUT", url, { reason: "forgot" })).statusCode).toBe(200);
    await change(person, itemUrl, { originalStart: "2026-03-27T10:00", kind: "held" });
    const result = await adherence(person);
    expect(result.missed.map((missed) => missed.key)).not.toContain("2026-03-27T10:00");
    expect(result.overall.period).toMatchObject({ done: 1, missed: 5 });
    const again = await person.client.request("PUT", url, { reason: "forgot" });
    expect(again.statusCode).toBe(409);
  });

  it("refuses a session that is not missed (409) or does not exist (404), nothing written", async () => {
    const { person, plan, itemUrl } = await personWithPlan();
    await change(person, itemUrl, { originalStart: "2026-03-26T10:00", kind: "held" });
    const cases: [string, number][] = [
      ["2026-03-29T10:00", 409], // still to come
      ["2026-03-26T10:00", 409], // held
      ["2026-03-27T11:00", 404], // no session then
      ["2026-02-27T10:00", 404], // before the item starts
    ];
    for (const [originalStart, status] of cases) {
      const response = await person.client.request("PUT", `${itemUrl}/missed/${originalStart}`, {
        reason: "cost",
      });
      expect(response.statusCode, `${originalStart}: ${response.body}`).toBe(status);
    }
    const unknownItem = `/api/users/${person.user.id}/plans/${plan.id}/items/00000000-0000-4000-8000-000000000000`;
    const missing = await person.client.request("PUT", `${unknownItem}/missed/2026-03-27T10:00`, {
      reason: "cost",
    });
    expect(missing.statusCode).toBe(404);
    expect(await reasonRows(person)).toEqual([]);
  });

  it("refuses bad input with field paths, nothing written", async () => {
    const { person, itemUrl } = await personWithPlan();
    const bad: [string, unknown, string][] = [
      ["2026-03-27T10:00", { reason: "bored" }, "reason"],
      ["2026-03-27T10:00", {}, "reason"],
      ["2026-03-27T10:00", { reason: "other", note: "x".repeat(501) }, "note"],
      ["2026-03-27T10:00", { reason: "other", extra: 1 }, ""],
      ["2026-03-27T25:00", { reason: "flare" }, "originalStart"],
      ["yesterday", { reason: "flare" }, "originalStart"],
    ];
    for (const [originalStart, body, path] of bad) {
      const response = await person.client.request(
        "PUT",
        `${itemUrl}/missed/${originalStart}`,
        body,
      );
      expect(response.statusCode, response.body).toBe(400);
      if (path !== "") expect(response.body).toContain(`"path":"${path}"`);
    }
    expect(await reasonRows(person)).toEqual([]);
  });

  it("another person's session is 404, and nothing is written", async () => {
    const { person, itemUrl } = await personWithPlan();
    const other = await signedInPatient(testApp);
    const foreignUrl = itemUrl.replace(person.user.id, other.user.id);
    const response = await other.client.request("PUT", `${foreignUrl}/missed/2026-03-27T10:00`, {
      reason: "flare",
    });
    expect(response.statusCode).toBe(404);
    expect(await reasonRows(person)).toEqual([]);
  });

  it("reasons go with the item when it is removed", async () => {
    const { person, plan, itemUrl } = await personWithPlan();
    await person.client.request("PUT", `${itemUrl}/missed/2026-03-27T10:00`, { reason: "cost" });
    const current = await person.client.get(`/api/users/${person.user.id}/plans/${plan.id}`);
    const removed = await person.client.request("DELETE", itemUrl, {
      expectedVersion: current.json<Plan>().version,
    });
    expect(removed.statusCode, removed.body).toBe(200);
    const result = await adherence(person);
    expect(result.items).toEqual([]);
    expect(result.overall.period.kind).toBe("nothing-planned");
  });
});
