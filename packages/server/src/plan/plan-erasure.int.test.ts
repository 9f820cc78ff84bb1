import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { useTestApp } from "../testing/test-app.js";
import { createFunctionGoal, createGoal, createPlan, planWithItem } from "./testing/plans.js";

const testApp = useTestApp();

const planTables = [
  "plans",
  "plan_pauses",
  "plan_items",
  "plan_versions",
  "plan_occurrence_exceptions",
  "plan_added_occurrences",
  "plan_goals",
  "plan_goal_checks",
] as const;

async function planRowCounts(userId: string) {
  const counts: Record<string, number> = {};
  for (const table of planTables) {
    const rows = await testApp.database.db
      .selectFrom(table)
      .select("id")
      .where("user_id", "=", userId)
      .execute();
    counts[table] = rows.length;
  }
  return counts;
}

describe("erasing an account erases its plans", () => {
  it("leaves no plan row of the person, and another person's plan as it was", async () => {
    const person = await signedInPatient(testApp);
    const bystander = await signedInPatient(testApp);
    for (const someone of [person, bystander]) {
      await createPlan(someone);
      const { plan, item } = await planWithItem(someone);
      const itemUrl = `/api/users/${someone.user.id}/plans/${plan.id}/items/${item.id}`;
      await someone.client.request("PUT", `${itemUrl}/exceptions`, {
        originalStart: "2026-03-30T10:00",
        kind: "cancelled",
      });
      await someone.client.post(`${itemUrl}/added-occurrences`, {
        start: "2026-03-30T18:00",
        durationMinutes: 10,
      });
      await someone.client.post(`/api/users/${someone.user.id}/plans/${plan.id}/pause`, {
        expectedVersion: plan.version,
        pause: { from: "2026-04-10", until: "2026-04-12", reason: "Away" },
      });
      await createGoal(someone);
      const walk = await createFunctionGoal(someone);
      await someone.client.post(`/api/users/${someone.user.id}/plan/goals/${walk.id}/checks`, {
        value: 10,
      });
    }
    const before = await planRowCounts(person.user.id);
    expect(
      Object.values(before).every((count) => count > 0),
      JSON.stringify(before),
    ).toBe(true);
    const bystanderBefore = await planRowCounts(bystander.user.id);
    const erased = await person.client.post("/api/me/erasure", { password: person.password });
    expect(erased.statusCode).toBe(204);
    expect(Object.values(await planRowCounts(person.user.id))).toEqual(planTables.map(() => 0));
    expect(await planRowCounts(bystander.user.id)).toEqual(bystanderBefore);
  });
});
