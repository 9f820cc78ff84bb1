import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";

/** How many concurrent requests each race sends unless a test says otherwise. */
export const raceSize = 20;

/**
 * Fires `count` requests at once (`send(index)` makes request `index`; identical requests ignore
 * the index) and checks that each answer is a success (2xx) or `409` with an error body — never
 * a 500. `alsoAllowed` lists further statuses a route may answer when it loses the race in the
 * same way it would in sequence (e.g. 404 for a second DELETE). Returns the responses, in order,
 * so the test can check the final state.
 */
export async function race(
  send: (index: number) => Promise<LightMyRequestResponse>,
  options: { count?: number; alsoAllowed?: readonly number[] } = {},
): Promise<LightMyRequestResponse[]> {
  const count = options.count ?? raceSize;
  const responses = await Promise.all(Array.from({ length: count }, (_, index) => send(index)));
  const allowed = (status: number) =>
    (status >= 200 && status < 300) || status === 409 || options.alsoAllowed?.includes(status);
  const unexpected = responses
    .filter((response) => !allowed(response.statusCode))
    .map((response) => `${response.statusCode} ${response.body}`);
  expect(unexpected, "every racing request answers 2xx or 409").toEqual([]);
  return responses;
}

/** The status codes of `responses`, counted: `{ 200: 19, 409: 1 }`. */
export function statusCounts(responses: readonly LightMyRequestResponse[]) {
  const counts: Record<number, number> = {};
  for (const response of responses)
    counts[response.statusCode] = (counts[response.statusCode] ?? 0) + 1;
  return counts;
}
