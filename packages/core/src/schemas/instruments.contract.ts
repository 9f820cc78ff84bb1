import type { Endpoint } from "./endpoint.js";

/** The instruments area's HTTP operations (spread into `endpoints` in api-contract.ts). */
export const instrumentsEndpoints = {} as const satisfies Record<string, Endpoint>;
