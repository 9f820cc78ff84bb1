import type { Plan, SaveSafetyIntakeRequest } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { allNo, completeIntake } from "../safety/testing/safety-client.js";
import { useTestApp } from "../testing/test-app.js";
import { planUrl, usePlanOwner } from "./testing/plan-requests.js";
import { addPlanItem, createPlan } from "./testing/plans.js";

const testApp = useTestApp();
const person = usePlanOwner(testApp);

async function saveIntake(body: SaveSafetyIntakeRequest) {
  const url = `/api/users/${person.user.id}/safety-intake`;
  const response = await person.client.request("PUT", url, body);
  expect(response.statusCode, response.body).toBe(200);
}

/** The plan as the person's plan page reads it: the active plan, and the same plan by id. */
async function readPlan(planId: string): Promise<Plan[]> {
  const active = await person.client.get(`/api/users/${person.user.id}/plan`);
  const byId = await person.client.get(planUrl(person, { id: planId }));
  expect(active.statusCode, active.body).toBe(200);
  expect(byId.statusCode, byId.body).toBe(200);
  return [active.json<{ plan: Plan }>().plan, byId.json<Plan>()];
}

const levelsOf = (plans: Plan[]) => plans.map((plan) => plan.items[0]?.safety.level);

// Rules and sources: core/safety/rules (bleeding.rules.ts cites REFERENCE.md §3.1).
// "None of these apply" on every step: no numb areas either, so deep tissue massage is "ok".
const noneApply = { ...allNo, reducedSensationRegionIds: [] };
const clean: SaveSafetyIntakeRequest = { ...completeIntake, answers: noneApply };
const onBloodThinners: SaveSafetyIntakeRequest = {
  ...completeIntake,
  answers: { ...noneApply, bloodThinners: "yes" },
};

describe("a plan item's safety follows the current safety answers", () => {
  it("an item added on a clean result says avoid once the person takes a blood thinner", async () => {
    await saveIntake(clean);
    const added = await addPlanItem(person, await createPlan(person), {
      therapyId: "deep-tissue-massage",
    });
    expect(added.items[0]?.safety.level).toBe("ok");

    await saveIntake(onBloodThinners);
    const plans = await readPlan(added.id);
    expect(levelsOf(plans)).toEqual(["avoid", "avoid"]);
    expect(plans[0]?.items[0]?.safety.instructions.length).toBeGreaterThan(0);

    // The version kept when the item was added is history: it keeps the verdict shown then.
    const url = `${planUrl(person, added)}/versions/${added.version}`;
    const version = await person.client.get(url);
    expect(version.statusCode, version.body).toBe(200);
    expect(version.json<{ snapshot: Plan }>().snapshot.items[0]?.safety.level).toBe("ok");
  });

  it("an item added before the safety questions says ok after a clean result", async () => {
    const added = await addPlanItem(person, await createPlan(person), {
      therapyId: "swedish-massage",
    });
    expect(added.items[0]?.safety.level).toBe("ask-provider-first");

    await saveIntake(clean);
    expect(levelsOf(await readPlan(added.id))).toEqual(["ok", "ok"]);
  });

  it("a change of the plan after new answers returns and keeps the current verdict", async () => {
    await saveIntake(clean);
    const added = await addPlanItem(person, await createPlan(person), {
      therapyId: "swedish-massage",
    });
    await saveIntake(onBloodThinners);
    const changed = await addPlanItem(person, added, { therapyId: "body-scan" });
    const massage = changed.items.find((item) => item.therapyId === "swedish-massage");
    expect(massage?.safety.level).toBe("caution");
    expect(massage?.safety.instructions).toContain("Light pressure only.");
    const url = `${planUrl(person, changed)}/versions/${changed.version}`;
    const snapshot = (await person.client.get(url)).json<{ snapshot: Plan }>().snapshot;
    expect(snapshot.items.find((item) => item.id === massage?.id)?.safety.level).toBe("caution");
  });
});
