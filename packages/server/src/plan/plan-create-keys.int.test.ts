import type { ErrorBody, GoalRecord, Plan } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { useTestApp } from "../testing/test-app.js";
import { aGoalBody, aPlanBody } from "./testing/plans.js";

const testApp = useTestApp();

/**
 * A retried create (the answer was lost, the same request sent again under its key) finds what
 * was saved: one plan (the first is not archived by its own retry), one goal.
 */
describe("plan and goal creates under an idempotency key", () => {
  it("the same plan sent again is the first plan, still active, even after it was renamed", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/plans`;
    const body = aPlanBody({ title: "Spring plan", reason: "After the flare" });
    const first = await person.client.post(url, body);
    expect(first.statusCode).toBe(201);
    const plan = first.json<Plan>();
    const again = await person.client.post(url, body);
    expect(again.statusCode).toBe(201);
    expect(again.json<Plan>()).toMatchObject({ id: plan.id, status: "active", version: 1 });
    const renamed = await person.client.patch(`${url}/${plan.id}`, {
      expectedVersion: 1,
      title: "Spring plan, gentler",
    });
    expect(renamed.statusCode).toBe(200);
    const late = await person.client.post(url, body);
    expect(late.statusCode).toBe(201);
    expect(late.json<Plan>()).toMatchObject({ id: plan.id, title: "Spring plan, gentler" });
    const archived = await person.client.get(`${url}/archived`);
    expect(archived.json<{ plans: unknown[] }>().plans).toEqual([]);
    const rows = await testApp.database.db
      .selectFrom("plans")
      .select("id")
      .where("user_id", "=", person.user.id)
      .execute();
    expect(rows).toEqual([{ id: plan.id }]);
  });

  it("another plan under a used key is 409 idempotency_key_reused and archives nothing", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/plans`;
    const body = aPlanBody();
    const plan = (await person.client.post(url, body)).json<Plan>();
    for (const change of [{ title: "Another plan" }, { reason: "Another reason" }]) {
      const other = await person.client.post(url, { ...body, ...change });
      expect(other.statusCode, JSON.stringify(change)).toBe(409);
      expect(other.json<ErrorBody>().error.code).toBe("idempotency_key_reused");
    }
    const active = await person.client.get(`/api/users/${person.user.id}/plan`);
    expect(active.json<{ plan: Plan }>().plan).toMatchObject({ id: plan.id, status: "active" });
  });

  it("a plan without a key is refused (400), so no client makes one that a retry would double", async () => {
    const person = await signedInPatient(testApp);
    const keyless: Partial<ReturnType<typeof aPlanBody>> = aPlanBody();
    delete keyless.idempotencyKey;
    const response = await person.client.post(`/api/users/${person.user.id}/plans`, keyless);
    expect(response.statusCode).toBe(400);
  });

  it("the same goal sent again is the first goal; another goal under its key is 409", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/plan/goals`;
    const body = aGoalBody();
    const first = await person.client.post(url, body);
    expect(first.statusCode).toBe(201);
    const goal = first.json<GoalRecord>();
    const again = await person.client.post(url, body);
    expect(again.statusCode).toBe(201);
    expect(again.json<GoalRecord>().id).toBe(goal.id);
    const other = await person.client.post(url, {
      ...body,
      goal: { ...body.goal, sessions: 8 },
    });
    expect(other.statusCode).toBe(409);
    expect(other.json<ErrorBody>().error.code).toBe("idempotency_key_reused");
    const list = await person.client.get(url);
    expect(list.json<{ goals: GoalRecord[] }>().goals.map((each) => each.id)).toEqual([goal.id]);
  });

  it("a goal removed since is not brought back by a late retry (409)", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/plan/goals`;
    const body = aGoalBody();
    const goal = (await person.client.post(url, body)).json<GoalRecord>();
    expect((await person.client.request("DELETE", `${url}/${goal.id}`)).statusCode).toBe(204);
    const late = await person.client.post(url, body);
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorBody>().error.code).toBe("idempotency_key_reused");
    expect((await person.client.get(url)).json<{ goals: unknown[] }>().goals).toEqual([]);
  });
});
