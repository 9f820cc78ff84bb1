import type { Endpoint } from "./endpoint.js";

/** The therapies area's HTTP operations (spread into `endpoints` in api-contract.ts). */
export const therapiesEndpoints = {} as const satisfies Record<string, Endpoint>;
