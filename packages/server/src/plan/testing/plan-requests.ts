import { errorBodySchema } from "@painplan/core";
import { beforeEach } from "vitest";
import { signedInPatient, type SignedInClient } from "../../testing/accounts.js";
import type { TestApp } from "../../testing/test-app.js";

/**
 * The owner of a test file's plans: a new signed-in person before each test (registered in
 * `beforeEach`), so no test sees another's plan. `const person = usePlanOwner(testApp);`
 */
export function usePlanOwner(testApp: TestApp): SignedInClient {
  let current: SignedInClient | undefined;
  beforeEach(async () => {
    current = await signedInPatient(testApp);
  });
  const owner = (): SignedInClient => {
    if (current === undefined)
      throw new Error("The owner signs up in beforeEach; use it in tests.");
    return current;
  };
  return {
    get client() {
      return owner().client;
    },
    get user() {
      return owner().user;
    },
    get password() {
      return owner().password;
    },
  };
}

/** The URL of `person`'s plans. */
export const plansUrl = (person: SignedInClient) => `/api/users/${person.user.id}/plans`;
/** The URL of one of `person`'s plans. */
export const planUrl = (person: SignedInClient, plan: { id: string }) =>
  `${plansUrl(person)}/${plan.id}`;
/** The URL of a plan's items. */
export const itemsUrl = (person: SignedInClient, plan: { id: string }) =>
  `${planUrl(person, plan)}/items`;

/** How many rows the plan tables hold for a person: a refused write must leave these unchanged. */
export async function planRowCounts(testApp: TestApp, userId: string) {
  const db = testApp.database.db;
  const count = async (
    table: "plans" | "plan_items" | "plan_versions" | "plan_pauses" | "plan_occurrence_exceptions",
  ) => (await db.selectFrom(table).select("id").where("user_id", "=", userId).execute()).length;
  return {
    plans: await count("plans"),
    items: await count("plan_items"),
    versions: await count("plan_versions"),
    pauses: await count("plan_pauses"),
    exceptions: await count("plan_occurrence_exceptions"),
  };
}

/** The error of an error answer's body, checked against the contract's error body. */
export function errorOf(body: unknown) {
  return errorBodySchema.parse(body).error;
}
