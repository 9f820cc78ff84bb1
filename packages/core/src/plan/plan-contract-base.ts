import { healthRecord } from "../api/endpoint.js";

/** What every plan endpoint shares: its OpenAPI tag, and that a signed-in person calls it. */
export const planBase = { tag: "plan", access: "signed-in" } as const;

/**
 * Plan records are of the "plan" kind: a practitioner with the plan scope reads them (and
 * proposes changes through the care team); writes stay the owner's (the scope is read-only).
 */
export const planRecord = (
  resourceType: string,
  options: { resourceIdParam?: string; action?: "read" | "list" } = {},
) => healthRecord(resourceType, { ...options, kind: "plan" });
