import type { PlanAdherence } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { race, statusCounts } from "../testing/race.js";
import { useTestApp } from "../testing/test-app.js";
import { planWithItem } from "./testing/plans.js";

/**
 * Reasons for one missed session sent 20 at once, on both databases: every answer 2xx (or 409),
 * never 500, and one reason is kept (one that was sent), the same one adherence shows.
 */
const testApp = useTestApp();

describe("missed-reason races", () => {
  it("different reasons for one session at once: all succeed, one row, a reason someone sent", async () => {
    const person = await signedInPatient(testApp);
    const { plan, item } = await planWithItem(person);
    const url = `/api/users/${person.user.id}/plans/${plan.id}/items/${item.id}/missed/2026-03-27T10:00`;
    const responses = await race((index) =>
      person.client.request("PUT", url, { reason: "other", note: `try ${index}` }),
    );
    expect(statusCounts(responses)).toEqual({ 200: 20 });
    const rows = await testApp.database.db
      .selectFrom("plan_missed_reasons")
      .select("note")
      .where("user_id", "=", person.user.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.note).toMatch(/^try \d+$/);
    const read = await person.client.get(
      `/api/users/${person.user.id}/plan/adherence?from=2026-03-27&to=2026-03-27`,
    );
    expect(read.json<PlanAdherence>().missed[0]?.reason?.note).toBe(rows[0]?.note);
  });

  it("taking a reason back at once: one 204, the others find it gone (404, as in sequence)", async () => {
    const person = await signedInPatient(testApp);
    const { plan, item } = await planWithItem(person);
    const url = `/api/users/${person.user.id}/plans/${plan.id}/items/${item.id}/missed/2026-03-27T10:00`;
    expect((await person.client.request("PUT", url, { reason: "cost" })).statusCode).toBe(200);
    const responses = await race(() => person.client.request("DELETE", url), {
      alsoAllowed: [404],
    });
    expect(statusCounts(responses)[204]).toBe(1);
  });
});
