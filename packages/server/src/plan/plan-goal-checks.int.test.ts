import type { GoalCheck, GoalCheckResponse, GoalRecord } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { race, statusCounts } from "../testing/race.js";
import { useTestApp } from "../testing/test-app.js";
import { createFunctionGoal, createGoal } from "./testing/plans.js";

/**
 * Function-goal check-offs (issue 11), on both databases. The test clock is 2026-03-29T00:30Z:
 * 29 March in Paris (the default zone), still 28 March in Los Angeles.
 */
const testApp = useTestApp();

const checksUrl = (userId: string, goalId: string) =>
  `/api/users/${userId}/plan/goals/${goalId}/checks`;

async function storedChecks(goalId: string) {
  return testApp.database.db
    .selectFrom("plan_goal_checks")
    .select(["local_date", "value"])
    .where("goal_id", "=", goalId)
    .orderBy("local_date", "asc")
    .execute();
}

describe("function goals checked off with the amount done", () => {
  it("on track below the target, achieved once a day reaches it (core's best-amount rule)", async () => {
    const person = await signedInPatient(testApp);
    const goal = await createFunctionGoal(person);
    expect(goal.progress).toMatchObject({ status: "on-track", points: null, percent: null });
    const url = checksUrl(person.user.id, goal.id);

    const walked15 = await person.client.post(url, { value: 15 });
    expect(walked15.statusCode, walked15.body).toBe(200);
    expect(walked15.json<GoalCheckResponse>()).toMatchObject({
      check: { goalId: goal.id, localDate: "2026-03-29", value: 15 },
      progress: { status: "on-track", points: 15, percent: 75 },
    });

    const earlier = await person.client.request("PUT", `${url}/2026-03-20`, { value: 20 });
    expect(earlier.statusCode, earlier.body).toBe(200);
    expect(earlier.json<GoalCheckResponse>().progress).toMatchObject({
      status: "achieved",
      points: 20,
      percent: 100,
    });
    const read = await person.client.get(`/api/users/${person.user.id}/plan/goals/${goal.id}`);
    expect(read.json<GoalRecord>().progress).toMatchObject({ status: "achieved", points: 20 });

    const listed = await person.client.get(url);
    expect(listed.json<{ checks: GoalCheck[] }>().checks).toMatchObject([
      { localDate: "2026-03-29", value: 15 },
      { localDate: "2026-03-20", value: 20 },
    ]);
  });

  it("a second check-off the same day replaces the amount: one row per goal and day", async () => {
    const person = await signedInPatient(testApp);
    const goal = await createFunctionGoal(person);
    const url = checksUrl(person.user.id, goal.id);
    await person.client.post(url, { value: 5 });
    const again = await person.client.post(url, { value: 12.5 });
    expect(again.statusCode, again.body).toBe(200);
    await person.client.request("PUT", `${url}/2026-03-29`, { value: 8 });
    expect(await storedChecks(goal.id)).toEqual([{ local_date: "2026-03-29", value: 8 }]);
  });

  it("today is the owner's day: in Los Angeles 29 March has not begun yet", async () => {
    const person = await signedInPatient(
      testApp,
      undefined,
      aRegistration().withTimeZone("America/Los_Angeles").build(),
    );
    const goal = await createFunctionGoal(person);
    const url = checksUrl(person.user.id, goal.id);
    const today = await person.client.post(url, { value: 20 });
    expect(today.json<GoalCheckResponse>().check.localDate).toBe("2026-03-28");
    const tomorrow = await person.client.request("PUT", `${url}/2026-03-29`, { value: 20 });
    expect(tomorrow.statusCode).toBe(400);
    expect(tomorrow.json()).toMatchObject({
      error: { details: { fields: [{ path: "localDate" }] } },
    });
  });

  it.each([
    ["zero", { value: 0 }, "value"],
    ["negative", { value: -3 }, "value"],
    ["too large", { value: 1_000_001 }, "value"],
    ["not a number", { value: "15" }, "value"],
    ["missing", {}, "value"],
  ])("an amount that is %s → 400 with a field error, nothing written", async (_, body, path) => {
    const person = await signedInPatient(testApp);
    const goal = await createFunctionGoal(person);
    const url = checksUrl(person.user.id, goal.id);
    for (const response of [
      await person.client.post(url, body),
      await person.client.request("PUT", `${url}/2026-03-20`, body),
    ]) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()).toMatchObject({ error: { details: { fields: [{ path }] } } });
    }
    expect(await storedChecks(goal.id)).toEqual([]);
  });

  it("a day in the future, before the goal's start, or not a date → 400, nothing written", async () => {
    const person = await signedInPatient(testApp);
    const goal = await createFunctionGoal(person);
    const url = checksUrl(person.user.id, goal.id);
    for (const day of ["2026-03-30", "2026-02-28", "2026-02-30", "yesterday"]) {
      const response = await person.client.request("PUT", `${url}/${day}`, { value: 10 });
      expect(response.statusCode, `${day}: ${response.body}`).toBe(400);
      expect(response.json()).toMatchObject({
        error: { details: { fields: [{ path: "localDate" }] } },
      });
    }
    expect(await storedChecks(goal.id)).toEqual([]);
  });

  it("a goal that is not a function goal → 400 on goalId; a removed goal → 404", async () => {
    const person = await signedInPatient(testApp);
    const sessions = await createGoal(person);
    const response = await person.client.post(checksUrl(person.user.id, sessions.id), {
      value: 3,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { details: { fields: [{ path: "goalId" }] } },
    });
    expect(await storedChecks(sessions.id)).toEqual([]);

    const walk = await createFunctionGoal(person);
    await person.client.request("DELETE", `/api/users/${person.user.id}/plan/goals/${walk.id}`);
    const gone = await person.client.post(checksUrl(person.user.id, walk.id), { value: 3 });
    expect(gone.statusCode).toBe(404);
    expect((await person.client.get(checksUrl(person.user.id, walk.id))).statusCode).toBe(404);
  });

  it("removing a day's check-off: 204, then 404; progress goes back", async () => {
    const person = await signedInPatient(testApp);
    const goal = await createFunctionGoal(person);
    const url = checksUrl(person.user.id, goal.id);
    await person.client.request("PUT", `${url}/2026-03-21`, { value: 25 });
    expect((await person.client.request("DELETE", `${url}/2026-03-21`)).statusCode).toBe(204);
    expect((await person.client.request("DELETE", `${url}/2026-03-21`)).statusCode).toBe(404);
    const read = await person.client.get(`/api/users/${person.user.id}/plan/goals/${goal.id}`);
    expect(read.json<GoalRecord>().progress).toMatchObject({ status: "on-track", points: null });
  });

  it("identical check-offs at once: each 200 or 409 (never 500), one row with the amount", async () => {
    const person = await signedInPatient(testApp);
    const goal = await createFunctionGoal(person);
    const url = checksUrl(person.user.id, goal.id);
    const puts = await race(() => person.client.request("PUT", `${url}/2026-03-25`, { value: 9 }));
    expect(statusCounts(puts)[200]).toBeGreaterThan(0);
    const taps = await race(() => person.client.post(url, { value: 20 }));
    expect(statusCounts(taps)[200]).toBeGreaterThan(0);
    expect(await storedChecks(goal.id)).toEqual([
      { local_date: "2026-03-25", value: 9 },
      { local_date: "2026-03-29", value: 20 },
    ]);
  });

  it("one day's check-off removed again and again at once: one 204, the others 404", async () => {
    const person = await signedInPatient(testApp);
    const goal = await createFunctionGoal(person);
    const url = `${checksUrl(person.user.id, goal.id)}/2026-03-25`;
    await person.client.request("PUT", url, { value: 9 });
    const responses = await race(() => person.client.request("DELETE", url), {
      alsoAllowed: [404],
    });
    expect(statusCounts(responses)).toEqual({ 204: 1, 404: 19 });
    expect(await storedChecks(goal.id)).toEqual([]);
  });
});
