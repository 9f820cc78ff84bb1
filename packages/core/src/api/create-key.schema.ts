import { z } from "zod";

/**
 * A create's client idempotency key (`what` names the record in the messages: "package",
 * "plan", "goal", "invitation"…): the same key again (a retry after a lost answer) returns what
 * was saved, never a second record.
 */
export const createKeySchema = (what: string) =>
  z
    .uuid(`Send a new random UUID with each new ${what}.`)
    .describe(
      `A UUID the client makes once per ${what} and keeps while it retries. The same key with the same fields returns the ${what} already saved; different fields under a used key get 409 \`idempotency_key_reused\`.`,
    );
