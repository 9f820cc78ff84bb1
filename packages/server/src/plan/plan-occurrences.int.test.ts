import type { GoalRecord } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { useTestApp } from "../testing/test-app.js";
import { planOccurrencesSource } from "./plan-occurrences.js";
import { aGoalBody, createGoal, createPlan, planWithItem } from "./testing/plans.js";

const testApp = useTestApp();

describe("planOccurrences, for the reminders area", () => {
  it("gives the active plan's occurrences between two instants, with titles, in the owner's zone", async () => {
    const person = await signedInPatient(testApp);
    const { item } = await planWithItem(person);
    const planOccurrences = planOccurrencesSource(testApp.database.db);
    const occurrences = await planOccurrences(
      person.user.id,
      "2026-03-29T00:00:00Z",
      "2026-03-31T00:00:00Z",
    );
    // Paris: 10:00 CET on the 28th is outside; 10:00 CEST on the 29th and 30th are inside.
    expect(occurrences.map((occurrence) => [occurrence.start, occurrence.title])).toEqual([
      ["2026-03-29T08:00:00.000Z", "Body scan"],
      ["2026-03-30T08:00:00.000Z", "Body scan"],
    ]);
    expect(occurrences[0]?.itemId).toBe(item.id);
  });

  it("is empty without an active plan or for an unknown person", async () => {
    const person = await signedInPatient(testApp);
    const planOccurrences = planOccurrencesSource(testApp.database.db);
    expect(
      await planOccurrences(person.user.id, "2026-03-29T00:00:00Z", "2026-04-29T00:00:00Z"),
    ).toEqual([]);
    await createPlan(person);
    expect(
      await planOccurrences(person.user.id, "2026-03-29T00:00:00Z", "2026-04-29T00:00:00Z"),
    ).toEqual([]);
    expect(
      await planOccurrences(
        "00000000-0000-4000-8000-000000000000",
        "2026-03-29T00:00:00Z",
        "2026-04-29T00:00:00Z",
      ),
    ).toEqual([]);
  });
});

describe("goals", () => {
  it("creates, reads, replaces and removes a goal; another person's goal is 404", async () => {
    const person = await signedInPatient(testApp);
    const plan = await createPlan(person);
    const goal = await createGoal(person);
    expect(goal).toMatchObject({
      planId: plan.id,
      goal: { kind: "sessions-attended", sessions: 6 },
    });
    const url = `/api/users/${person.user.id}/plan/goals`;
    const replaced = await person.client.request("PUT", `${url}/${goal.id}`, {
      goal: { kind: "peg", startDate: "2026-03-29", targetDate: "2026-06-29", targetScore: 4 },
    });
    expect(replaced.json<GoalRecord>().goal.kind).toBe("peg");
    const list = await person.client.get(url);
    expect(list.json<{ goals: GoalRecord[] }>().goals.map((entry) => entry.id)).toEqual([goal.id]);
    const other = await signedInPatient(testApp);
    const foreign = await other.client.get(`/api/users/${other.user.id}/plan/goals/${goal.id}`);
    expect(foreign.statusCode).toBe(404);
    expect((await person.client.request("DELETE", `${url}/${goal.id}`)).statusCode).toBe(204);
    expect((await person.client.get(`${url}/${goal.id}`)).statusCode).toBe(404);
  });

  it("refuses a target date before the start date with a field error, nothing written", async () => {
    const person = await signedInPatient(testApp);
    const response = await person.client.post(
      `/api/users/${person.user.id}/plan/goals`,
      aGoalBody({
        goal: { kind: "peg", startDate: "2026-03-29", targetDate: "2026-03-01", targetScore: 4 },
      }),
    );
    expect(response.statusCode).toBe(400);
    const rows = await testApp.database.db
      .selectFrom("plan_goals")
      .select("id")
      .where("user_id", "=", person.user.id)
      .execute();
    expect(rows).toEqual([]);
  });
});
