import { randomUUID } from "node:crypto";
import { installInstrument } from "../questionnaires/install-instrument.js";
import { fixtureFiles, fixtureText } from "../questionnaires/fixtures/fixture-files.js";
import type { SignedInClient } from "./accounts.js";
import type { TestApp } from "./test-app.js";

/** The DN4 interview: burning and tingling yes, the rest no (2 of 7). */
export const dn4Interview = {
  burning: 1,
  "painful-cold": 0,
  "electric-shocks": 0,
  tingling: 1,
  "pins-and-needles": 0,
  numbness: 0,
  itching: 0,
};

/** The three examination items, all yes: with the interview, 5 of 10. */
export const dn4Examination = {
  "touch-hypoaesthesia": 1,
  "pinprick-hypoaesthesia": 1,
  brushing: 1,
};

const installed = new WeakSet<object>();

/** Installs the DN4 test wording (placeholder text) once per test database. */
export async function withDn4Installed(testApp: Pick<TestApp, "database" | "clock">) {
  if (installed.has(testApp.database.db)) return;
  await installInstrument(testApp.database.db, testApp.clock, fixtureText(fixtureFiles.dn4));
  installed.add(testApp.database.db);
}

/** The person answers the DN4 interview (7 items) themself. */
export async function answerDn4Interview(person: SignedInClient): Promise<void> {
  const url = `/api/users/${person.user.id}/questionnaires/responses`;
  const response = await person.client.post(url, {
    instrumentId: "dn4",
    answers: dn4Interview,
    idempotencyKey: randomUUID(),
  });
  if (response.statusCode !== 201) throw new Error(`DN4 interview failed: ${response.body}`);
}
