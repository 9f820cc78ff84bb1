import { endpoints, type RegisterRequest } from "@painplan/core";
import { randomUUID } from "node:crypto";

/** Set by packages/server/src/accounts/session-cookies.ts. */
const sessionCookie = "pp_session";
const csrfCookie = "pp_csrf";

export type BenchPatient = {
  userId: string;
  /** The `cookie` header: session and CSRF cookies. */
  cookie: string;
  /** For the `x-csrf-token` header of unsafe requests. */
  csrfToken: string;
};

/**
 * Registers a fresh patient through the public API and returns the `cookie` header that
 * authenticates as them. Checks once that GET /api/me answers 200 with that cookie.
 */
export async function signedInPatient(baseUrl: string): Promise<BenchPatient> {
  const account: RegisterRequest = {
    email: `bench-${randomUUID()}@painplan.example`,
    password: "bench patient passphrase",
    displayName: "Bench Patient",
    timeZone: "UTC",
    role: "patient",
  };
  const response = await fetch(new URL(endpoints.register.path, baseUrl), {
    method: endpoints.register.method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(account),
  });
  if (response.status !== endpoints.register.successStatus) {
    throw new Error(
      `Registering the bench patient answered ${response.status}: ${await response.text()}`,
    );
  }
  const pairs = response.headers.getSetCookie().map((header) => header.split(";")[0] ?? "");
  const session = pairs.find((pair) => pair.startsWith(`${sessionCookie}=`));
  const csrf = pairs.find((pair) => pair.startsWith(`${csrfCookie}=`));
  if (session === undefined || csrf === undefined) {
    throw new Error(`Registration did not set both ${sessionCookie} and ${csrfCookie}.`);
  }
  await assertSignedIn(baseUrl, session);
  const { user } = (await response.json()) as { user: { id: string } };
  return {
    userId: user.id,
    cookie: `${session}; ${csrf}`,
    csrfToken: csrf.slice(csrfCookie.length + 1),
  };
}

async function assertSignedIn(baseUrl: string, cookie: string): Promise<void> {
  const response = await fetch(new URL(endpoints.getMe.path, baseUrl), { headers: { cookie } });
  if (response.status !== endpoints.getMe.successStatus) {
    throw new Error(
      `GET ${endpoints.getMe.path} with the new session answered ${response.status}.`,
    );
  }
}
