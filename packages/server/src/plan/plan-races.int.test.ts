import type { Plan } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { race, statusCounts } from "../testing/race.js";
import { useTestApp } from "../testing/test-app.js";
import { aPlanBody, createPlan, dailyAtTen, planWithItem } from "./testing/plans.js";

/**
 * Plan writes that can race, 20 requests at once on both databases: each answer 2xx or 409
 * (never 500), and the final state is what the answers promised.
 */
const testApp = useTestApp();

describe("plan races", () => {
  it("items added from one loaded version: one wins, the others get 409 with the current version", async () => {
    const person = await signedInPatient(testApp);
    const plan = await createPlan(person);
    const url = `/api/users/${person.user.id}/plans/${plan.id}/items`;
    const responses = await race(() =>
      person.client.post(url, { expectedVersion: 1, therapyId: "body-scan", schedule: dailyAtTen }),
    );
    expect(statusCounts(responses)).toEqual({ 201: 1, 409: 19 });
    const current = await person.client.get(`/api/users/${person.user.id}/plans/${plan.id}`);
    expect(current.json<Plan>()).toMatchObject({ version: 2, items: [expect.anything()] });
    const versions = await testApp.database.db
      .selectFrom("plan_versions")
      .select("version")
      .where("plan_id", "=", plan.id)
      .execute();
    expect(versions.map((row) => row.version).sort()).toEqual([1, 2]);
  });

  it("new plans at once: every success archived the one before, one plan stays active", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/plans`;
    const responses = await race((index) =>
      person.client.post(url, aPlanBody({ title: `Plan ${index}` })),
    );
    const created = responses.filter((response) => response.statusCode === 201).length;
    const rows = await testApp.database.db
      .selectFrom("plans")
      .select(["status"])
      .where("user_id", "=", person.user.id)
      .execute();
    expect(rows.length).toBe(created);
    expect(rows.filter((row) => row.status === "active")).toHaveLength(1);
  });

  it("the same occurrence cancelled again and again: one change kept", async () => {
    const person = await signedInPatient(testApp);
    const { plan, item } = await planWithItem(person);
    const url = `/api/users/${person.user.id}/plans/${plan.id}/items/${item.id}/exceptions`;
    await race(() =>
      person.client.request("PUT", url, { originalStart: "2026-03-30T10:00", kind: "cancelled" }),
    );
    const rows = await testApp.database.db
      .selectFrom("plan_occurrence_exceptions")
      .select("id")
      .where("item_id", "=", item.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("the same extra occurrence added again and again: one kept, the others 409", async () => {
    const person = await signedInPatient(testApp);
    const { plan, item } = await planWithItem(person);
    const url = `/api/users/${person.user.id}/plans/${plan.id}/items/${item.id}/added-occurrences`;
    const responses = await race(() =>
      person.client.post(url, { start: "2026-04-01T18:00", durationMinutes: 15 }),
    );
    expect(statusCounts(responses)).toEqual({ 201: 1, 409: 19 });
  });

  it("pauses from one loaded version: one wins", async () => {
    const person = await signedInPatient(testApp);
    const plan = await createPlan(person);
    const url = `/api/users/${person.user.id}/plans/${plan.id}/pause`;
    const responses = await race(() =>
      person.client.post(url, {
        expectedVersion: 1,
        pause: { from: "2026-04-01", until: "2026-04-05", reason: "Flare" },
      }),
    );
    expect(statusCounts(responses)).toEqual({ 200: 1, 409: 19 });
  });
});
