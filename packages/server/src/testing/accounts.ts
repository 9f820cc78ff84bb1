import type { User } from "@painplan/core";
import { accountsArea } from "../accounts/accounts-area.js";
import { argon2PasswordHasher } from "../accounts/password-hasher.js";
import { randomIds } from "../system/ids.js";
import { aRegistration } from "./factories.js";
import type { TestApp } from "./test-app.js";
import type { TestClient } from "./test-client.js";

export type SignedInClient = { client: TestClient; user: User; password: string };

/** Registers a fresh person and returns a client signed in as them. */
export async function signedInPatient(
  testApp: TestApp,
  address?: string,
  registration = aRegistration().build(),
): Promise<SignedInClient> {
  const client = testApp.client(address);
  const response = await client.post("/api/auth/register", registration);
  if (response.statusCode !== 201) throw new Error(`register failed: ${response.body}`);
  const { user } = response.json<{ user: User }>();
  return { client, user, password: registration.password };
}

/** An admin exists only through the CLI path (`createAccount` with role admin); then signs in. */
export async function signedInAdmin(testApp: TestApp): Promise<SignedInClient> {
  const registration = aRegistration().build();
  const { accounts } = accountsArea({
    db: testApp.database.db,
    clock: testApp.clock,
    ids: randomIds,
    hasher: argon2PasswordHasher(),
  });
  const user = await accounts.createAccount({ ...registration, role: "admin" });
  const client = testApp.client();
  const response = await client.post("/api/auth/sign-in", {
    email: registration.email,
    password: registration.password,
  });
  if (response.statusCode !== 200) throw new Error(`admin sign-in failed: ${response.body}`);
  return { client, user, password: registration.password };
}
