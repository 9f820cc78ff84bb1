import type { Endpoint } from "./endpoint.js";

/** The safety area's HTTP operations (spread into `endpoints` in api-contract.ts). */
export const safetyEndpoints = {} as const satisfies Record<string, Endpoint>;
