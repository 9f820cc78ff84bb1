import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { userIdOf } from "./person-api.js";

/** One practice log entry as the journeys read it back from the API. */
export type LogItem = {
  practiceId: string;
  secondsDone: number;
  painBefore: number | null;
  painAfter: number | null;
  effort: string | null;
  poseIds: string[];
  isFlareDay: boolean | null;
};

/** The signed-in person's practice log, newest first, through the API. */
export async function practiceLog(context: BrowserContext): Promise<LogItem[]> {
  const response = await context.request.get(`/api/users/${await userIdOf(context)}/practice/log`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: LogItem[] }).items;
}

/**
 * The page's clock is Playwright's, set 20 minutes in the past so a fast-forwarded practice
 * never ends "in the future" for the server.
 */
export async function installClock(page: Page): Promise<void> {
  await page.clock.install({ time: new Date(Date.now() - 20 * 60_000) });
}

/** Counts taps (clicks and key presses that act) so the journey can report them. */
export function tapCounter(page: Page) {
  let taps = 0;
  return {
    tap: async (name: string | RegExp, role: "button" | "link" = "button") => {
      taps += 1;
      await page.getByRole(role, { name, exact: typeof name === "string" }).click();
    },
    count: () => taps,
  };
}
