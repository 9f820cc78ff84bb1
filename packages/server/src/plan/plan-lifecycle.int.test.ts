import type { Plan, PlanVersionSummary } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../testing/test-app.js";
import {
  errorOf,
  itemsUrl,
  planRowCounts,
  plansUrl,
  planUrl,
  usePlanOwner,
} from "./testing/plan-requests.js";
import { addPlanItem, createPlan, dailyAtTen } from "./testing/plans.js";

const testApp = useTestApp();
const person = usePlanOwner(testApp);

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
    const archived = await person.client.get(`${plansUrl(person)}/archived`);
    expect(archived.json<{ plans: { id: string; status: string }[] }>().plans).toEqual([
      expect.objectContaining({ id: first.id, status: "archived" }),
    ]);
    const old = await person.client.get(planUrl(person, first));
    expect(old.json<Plan>()).toMatchObject({ title: "Winter", status: "archived" });
    const active = await person.client.get(`/api/users/${person.user.id}/plan`);
    expect(active.json<{ plan: Plan }>().plan.id).toBe(second.id);
    // An archived plan does not change.
    const change = await person.client.patch(planUrl(person, first), {
      expectedVersion: old.json<Plan>().version,
      title: "Edited",
    });
    expect(change.statusCode).toBe(409);
  });

  it("a stale edit gets 409 write_conflict with the current version, and nothing is written", async () => {
    const plan = await createPlan(person);
    const changed = await person.client.patch(planUrl(person, plan), {
      expectedVersion: 1,
      title: "Renamed",
      reason: "Clearer",
      proposedBy: "me",
    });
    expect(changed.json<Plan>().version).toBe(2);
    const before = await planRowCounts(testApp, person.user.id);
    const stale = await person.client.patch(planUrl(person, plan), {
      expectedVersion: 1,
      title: "Old form",
    });
    expect(stale.statusCode).toBe(409);
    const error = errorOf(stale.json());
    expect(error.code).toBe("write_conflict");
    expect(error.details?.currentVersion).toBe(2);
    expect(await planRowCounts(testApp, person.user.id)).toEqual(before);
    const staleItem = await person.client.post(itemsUrl(person, plan), {
      expectedVersion: 1,
      therapyId: "body-scan",
      schedule: dailyAtTen,
    });
    expect(staleItem.statusCode).toBe(409);
    expect(await planRowCounts(testApp, person.user.id)).toEqual(before);
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
    const changed = await person.client.patch(`${itemsUrl(person, plan)}/${item.id}`, {
      expectedVersion: withItem.version,
      therapyId: "swedish-massage",
      schedule: { ...dailyAtTen, cadence: { kind: "weekly", interval: 1, days: ["TU"] } },
      reason: "Deep tissue flares me up: Swedish instead, weekly",
      proposedBy: "me",
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const versions = await person.client.get(`${planUrl(person, plan)}/versions`);
    const list = versions.json<{ versions: PlanVersionSummary[] }>().versions;
    expect(
      list.map((version) => [version.version, version.changeKind, version.proposedBy]),
    ).toEqual([
      [3, "item-changed", "me"],
      [2, "item-added", "my physiotherapist"],
      [1, "plan-created", ""],
    ]);
    expect(list[0]?.reason).toBe("Deep tissue flares me up: Swedish instead, weekly");
    const second = await person.client.get(`${planUrl(person, plan)}/versions/2`);
    const snapshot = second.json<{ snapshot: Plan }>().snapshot;
    expect(snapshot.items.map((entry) => entry.therapyId)).toEqual(["deep-tissue-massage"]);
    const removed = await person.client.request("DELETE", `${itemsUrl(person, plan)}/${item.id}`, {
      expectedVersion: 3,
      reason: "Paused massage",
    });
    expect(removed.json<Plan>().items).toEqual([]);
  });
});
