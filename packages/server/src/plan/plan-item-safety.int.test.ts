import type { ItemSafety, SaveSafetyIntakeRequest } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { allNo, completeIntake } from "../safety/testing/safety-client.js";
import { useTestApp } from "../testing/test-app.js";
import { errorOf, itemsUrl, planRowCounts, usePlanOwner } from "./testing/plan-requests.js";
import { addPlanItem, createPlan, dailyAtTen, planWithItem } from "./testing/plans.js";

const testApp = useTestApp();
const person = usePlanOwner(testApp);

async function saveIntake(body: SaveSafetyIntakeRequest) {
  const response = await person.client.request(
    "PUT",
    `/api/users/${person.user.id}/safety-intake`,
    body,
  );
  expect(response.statusCode, response.body).toBe(200);
}

describe("item safety", () => {
  // Everything else answered "no", so only the bleeding rules speak (REFERENCE.md §3.1).
  const onBloodThinners: SaveSafetyIntakeRequest = {
    ...completeIntake,
    answers: { ...allNo, bloodThinners: "yes" },
  };

  it("refuses an item the rules say to avoid with 422 and the reason, nothing written", async () => {
    await saveIntake(onBloodThinners);
    const plan = await createPlan(person);
    const before = await planRowCounts(testApp, person.user.id);
    const response = await person.client.post(itemsUrl(person, plan), {
      expectedVersion: plan.version,
      therapyId: "deep-tissue-massage",
      schedule: dailyAtTen,
    });
    expect(response.statusCode).toBe(422);
    const error = errorOf(response.json());
    expect(error.message).toContain("bleeding");
    expect(error.details?.fields?.map((field) => field.path)).toContain("clearance");
    expect(await planRowCounts(testApp, person.user.id)).toEqual(before);
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
    const response = await person.client.patch(`${itemsUrl(person, plan)}/${item.id}`, {
      expectedVersion: plan.version,
      therapyId: "deep-tissue-massage",
    });
    expect(response.statusCode).toBe(422);
  });
});
