import { randomUUID } from "node:crypto";
import type { BrowserContext } from "playwright-core";

export type Person = {
  displayName: string;
  email: string;
  password: string;
  timeZone: string;
  /** ISO 3166-1 alpha-2 or null; absent: the server guesses it from the time zone. */
  country?: string | null;
  role: "patient" | "practitioner";
};

/** A new, unique person for each test (the server's database is shared by the whole run). */
export function aPerson(overrides: Partial<Person> = {}): Person {
  return {
    displayName: "Alex",
    email: `alex-${randomUUID()}@example.org`,
    password: "calm river morning walk",
    timeZone: "Europe/Paris",
    role: "patient",
    ...overrides,
  };
}

/** Registers through the API: the context's cookies then hold a signed-in session. */
export async function registerThroughApi(context: BrowserContext, person: Person): Promise<void> {
  const response = await context.request.post("/api/auth/register", { data: person });
  if (response.status() !== 201) {
    throw new Error(
      `Registering ${person.email} failed: ${response.status()} ${await response.text()}`,
    );
  }
}

/**
 * Signs in through the API as someone who already has an account (e.g. the admin global setup
 * made with `painplan create-admin`, `inject("admin")`): the context's cookies then hold the session.
 */
export async function signInThroughApi(
  context: BrowserContext,
  credentials: { email: string; password: string },
): Promise<void> {
  const response = await context.request.post("/api/auth/sign-in", { data: credentials });
  if (!response.ok()) {
    throw new Error(
      `Signing in ${credentials.email} failed: ${response.status()} ${await response.text()}`,
    );
  }
}
