import type { LightMyRequestResponse } from "fastify";
import type { SignedInClient } from "../../testing/accounts.js";
import type { TestClient } from "../../testing/test-client.js";

/**
 * One row of the authorization matrix: how to call an endpoint, and the status each kind of
 * actor must get. "owner" is the person whose records the URL names; "other" is another patient.
 */
export const actors = ["anonymous", "owner", "other", "practitioner", "admin"] as const;
export type ActorKind = (typeof actors)[number];

/**
 * A practitioner the owner let in with a test-only grant (read-only, health records), standing
 * in for care-team consent. By default they get the owner's status on GET routes over health
 * records and 404 on every write; elsewhere they are an ordinary practitioner.
 */
export const grantedReader = "granted";

export type Cell = {
  /** The caller's client (anonymous: a fresh client without cookies). */
  client: TestClient;
  /** The caller, when signed in. */
  self: SignedInClient | undefined;
  /** The patient whose records the request names; may create records first (async call). */
  owner: SignedInClient;
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
  /** The granted reader's status, when it differs from the default (see `grantedReader`). */
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
