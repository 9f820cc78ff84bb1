import type { Endpoint } from "./endpoint.js";

/** The diary area's HTTP operations (spread into `endpoints` in api-contract.ts). */
export const diaryEndpoints = {} as const satisfies Record<string, Endpoint>;
