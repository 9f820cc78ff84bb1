import type { LightMyRequestResponse } from "fastify";
import type { SignedInClient } from "../../testing/accounts.js";
import type { TestApp } from "../../testing/test-app.js";
import type { TestClient } from "../../testing/test-client.js";

/**
 * One row of the authorization matrix: how to call an endpoint, and the status each kind of
 * actor must get. "owner" is the person whose records the URL names; "other" is another patient.
 */
export const actors = ["anonymous", "owner", "other", "practitioner", "admin"] as const;
export type ActorKind = (typeof actors)[number];

/**
 * Practitioners of the owner's care team, let in through the real invitation and accept:
 * - "granted": every scope on. Routes over a care-team kind answer them as the owner on reads,
 *   and on writes where the scope may write (proposals, sessions, DN4 examination); 404 on the
 *   rest (the plan itself, health records, account records). Elsewhere an ordinary practitioner.
 * - "scope-off": every scope on but the one the route's kind needs: 404.
 * - "revoked": every scope on, then revoked by the owner: 404 on every route over records.
 */
export const grantedReader = "granted";
export const consentReaders = [grantedReader, "scope-off", "revoked"] as const;
export type ConsentReader = (typeof consentReaders)[number];

export type Cell = {
  /** The caller's client (anonymous: a fresh client without cookies). */
  client: TestClient;
  /** The caller, when signed in. */
  self: SignedInClient | undefined;
  /** The patient whose records the request names; may create records first (async call). */
  owner: SignedInClient;
  /** The app, for rows that need another account first (a practitioner's proposal). */
  testApp: TestApp;
};

export type MatrixRequest = { params?: Record<string, string>; body?: unknown; query?: string };

/** What a granted reader's successful answer is checked against. */
export type BodyCheckContext = {
  owner: SignedInClient;
  reader: SignedInClient;
  /** The owner's local day at the test clock (the reader's is a different one). */
  ownerToday: string;
};

export type Row = {
  call: (cell: Cell) => MatrixRequest | Promise<MatrixRequest>;
  expected: Record<ActorKind, number>;
  /** The granted reader's status, when it differs from the default (see `consentReaders`). */
  granted?: number;
  /**
   * Extra checks of what the granted reader received: it must be the owner's record, named as
   * the owner and dated in the owner's zone. Throws (with `expect`) when it is not.
   */
  checkBody?: (response: LightMyRequestResponse, context: BodyCheckContext) => void;
};

/** Any signed-in account may call it (on its own behalf). */
export const signedIn = (status: number): Record<ActorKind, number> => ({
  anonymous: 401,
  owner: status,
  other: status,
  practitioner: status,
  admin: status,
});

/** Anyone, signed in or not. */
export const open = (status: number): Record<ActorKind, number> => ({
  anonymous: status,
  owner: status,
  other: status,
  practitioner: status,
  admin: status,
});

/** Health records: the owner alone; everyone else gets the same 404 as for a missing record. */
export const ownerOnly = (status: number): Record<ActorKind, number> => ({
  anonymous: 401,
  owner: status,
  other: 404,
  practitioner: 404,
  admin: 404,
});
