import {
  errorBodySchema,
  planEndpoints,
  textFieldsOf,
  type Endpoint,
  type GoalRecord,
  type Plan,
} from "@painplan/core";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { useTestApp } from "../testing/test-app.js";
import { addPlanItem, aGoalBody, aPlanBody, createPlan, dailyAtTen } from "./testing/plans.js";
import { controlCharacters, withValueAt } from "../testing/person-text.js";

/**
 * The plan area's part of http/person-text.int.test.ts: every text field of its requests gets a
 * NUL, an escape and a C1 control (400 with the field's path, nothing written), and text in
 * decomposed form is stored in NFC. Plan writes carry the plan's current version, so each
 * request is built on fresh records (a new plan per request).
 */
const testApp = useTestApp();
let person: SignedInClient;

beforeAll(async () => {
  person = await signedInPatient(testApp);
});

type Request = { method: Endpoint["method"]; url: string; body: Record<string, unknown> };

const note = { reason: "It helps", proposedBy: "my physiotherapist" };
const clearance = { clearedBy: "Dr Okafor", clearedOn: "2026-03-20" };
const functionGoal = {
  kind: "function" as const,
  startDate: "2026-03-29",
  targetDate: "2026-06-29",
  text: "Walk to the park",
  target: 20,
  unit: "minutes",
};

async function customItemPlan(): Promise<Plan> {
  return addPlanItem(person, await createPlan(person), {
    therapyId: null,
    customName: "Walk",
    practitioner: "Sam",
    notes: "Slowly",
  });
}

/** A valid request per plan endpoint that takes text, with every optional text field present. */
async function validRequest(name: string): Promise<Request> {
  const user = `/api/users/${person.user.id}`;
  switch (name) {
    case "createPlan":
      return {
        method: "POST",
        url: `${user}/plans`,
        body: aPlanBody({ title: "Plan", madeWith: "Dr Okafor", ...note }),
      };
    case "updatePlan": {
      const plan = await createPlan(person);
      return {
        method: "PATCH",
        url: `${user}/plans/${plan.id}`,
        body: { expectedVersion: plan.version, title: "Plan B", madeWith: "Dr Lee", ...note },
      };
    }
    case "pausePlan": {
      const plan = await createPlan(person);
      return {
        method: "POST",
        url: `${user}/plans/${plan.id}/pause`,
        body: {
          expectedVersion: plan.version,
          pause: { from: "2026-04-01", until: "2026-04-03", reason: "A flare" },
          proposedBy: "me",
        },
      };
    }
    case "resumePlan": {
      const plan = await createPlan(person);
      const url = `${user}/plans/${plan.id}`;
      const paused = await person.client.post(`${url}/pause`, {
        expectedVersion: plan.version,
        pause: { from: "2026-03-20", until: "2026-04-03", reason: "A flare" },
      });
      return {
        method: "POST",
        url: `${url}/resume`,
        body: { expectedVersion: paused.json<Plan>().version, ...note },
      };
    }
    case "createPlanItem": {
      const plan = await createPlan(person);
      return {
        method: "POST",
        url: `${user}/plans/${plan.id}/items`,
        body: {
          expectedVersion: plan.version,
          customName: "Walk",
          practitioner: "Sam",
          notes: "Slowly",
          schedule: dailyAtTen,
          clearance,
          ...note,
        },
      };
    }
    case "updatePlanItem":
    case "deletePlanItem": {
      const plan = await customItemPlan();
      const url = `${user}/plans/${plan.id}/items/${plan.items[0]?.id ?? ""}`;
      if (name === "deletePlanItem") {
        return { method: "DELETE", url, body: { expectedVersion: plan.version, ...note } };
      }
      return {
        method: "PATCH",
        url,
        body: {
          expectedVersion: plan.version,
          customName: "Long walk",
          practitioner: "Alex",
          notes: "Faster",
          clearance,
          ...note,
        },
      };
    }
    case "checkPlanItemSafety":
      return {
        method: "POST",
        url: `${user}/plan/safety-check`,
        body: { therapyId: "body-scan", clearance },
      };
    case "createGoal":
      return { method: "POST", url: `${user}/plan/goals`, body: aGoalBody({ goal: functionGoal }) };
    case "updateGoal": {
      const created = await person.client.post(
        `${user}/plan/goals`,
        aGoalBody({ goal: functionGoal }),
      );
      return {
        method: "PUT",
        url: `${user}/plan/goals/${created.json<GoalRecord>().id}`,
        body: { goal: functionGoal },
      };
    }
    case "setMissedReason": {
      const plan = await addPlanItem(person, await createPlan(person));
      return {
        method: "PUT",
        url: `${user}/plans/${plan.id}/items/${plan.items[0]?.id ?? ""}/missed/2026-03-27T10:00`,
        body: { reason: "other", note: "The bus did not come" },
      };
    }
    default:
      throw new Error(`add a valid ${name} request to this test`);
  }
}

const planTables = [
  "plans",
  "plan_items",
  "plan_pauses",
  "plan_versions",
  "plan_goals",
  "plan_occurrence_exceptions",
  "plan_added_occurrences",
  "plan_missed_reasons",
] as const;

async function storedState(): Promise<string> {
  const db = testApp.database.db;
  const rows: unknown[] = [];
  for (const table of planTables) {
    rows.push(
      await db.selectFrom(table).selectAll().where("user_id", "=", person.user.id).execute(),
    );
  }
  return JSON.stringify(rows);
}

const textFields = Object.entries(planEndpoints as Record<string, Endpoint>).flatMap(
  ([name, endpoint]) =>
    (["query", "body"] as const).flatMap((part) => {
      const schema = endpoint[part];
      if (schema === undefined) return [];
      return textFieldsOf(schema)
        .filter((field) => field.kind === "person-text")
        .map((field) => ({ name, path: field.path }));
    }),
);

/** Routes that only answer (nothing stored): NFC is checked in the answer. */
const answersOnly = new Set(["checkPlanItemSafety"]);

describe("a control character in any plan text field → 400 with the field, nothing written", () => {
  it("finds the text fields of the plan contract", () => {
    expect(textFields.length).toBeGreaterThanOrEqual(20);
  });

  for (const { name, path } of textFields) {
    it(`${name} ${path}`, async () => {
      const valid = await validRequest(name);
      for (const [what, value] of controlCharacters) {
        const before = await storedState();
        const response = await person.client.request(
          valid.method,
          valid.url,
          withValueAt(valid.body, path, value),
        );
        expect(response.statusCode, `${what}: ${response.body}`).toBe(400);
        const fields = errorBodySchema.parse(response.json()).error.details?.fields ?? [];
        expect(fields.map((field) => field.path)).toContain(path);
        expect(await storedState()).toBe(before);
      }
    });
  }
});

describe("plan text in decomposed form is stored in NFC", () => {
  for (const { name, path } of textFields) {
    it(`${name} ${path}`, async () => {
      const valid = await validRequest(name);
      const marker = `Jose\u0301 ${randomUUID().slice(0, 6)}`;
      const response = await person.client.request(
        valid.method,
        valid.url,
        withValueAt(valid.body, path, marker),
      );
      expect(response.statusCode, response.body).toBeLessThan(300);
      const seen = answersOnly.has(name) ? response.body : await storedState();
      if (!answersOnly.has(name) || seen.includes("Jose")) {
        expect(seen).toContain(marker.normalize("NFC"));
      }
      expect(seen).not.toContain(marker);
    });
  }
});
