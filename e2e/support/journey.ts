import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject } from "vitest";
import { launchBrowser, openSession, type AppSession } from "./browser.js";

const screenshotDir = fileURLToPath(new URL("../../.test-artifacts/screenshots/", import.meta.url));

/** A describe block that runs in a real browser, or is skipped (with the reason) if none exists. */
export function describeJourney(name: string, body: () => void): void {
  const skipReason = inject("skipReason");
  if (skipReason === "") describe(name, body);
  else describe.skip(`${name} (skipped: ${skipReason})`, body);
}

/**
 * One browser per file, a fresh context per test. After each test every context closes and the
 * test fails if a page broke the CSP or threw.
 */
export function useBrowser(): { open: (options?: BrowserContextOptions) => Promise<AppSession> } {
  let browser: Browser | undefined;
  const sessions: AppSession[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const finished = sessions.splice(0);
    await Promise.all(finished.map((session) => session.context.close()));
    const problems = finished.flatMap((session) => session.problems);
    const diagnostics = finished.flatMap((session) => session.diagnostics).join("\n");
    expect(problems, `Page problems. Other console output:\n${diagnostics}`).toEqual([]);
  });

  return {
    open: async (options) => {
      if (browser === undefined) throw new Error("The browser did not start.");
      const session = await openSession(browser, inject("baseUrl"), options);
      sessions.push(session);
      return session;
    },
  };
}

/** Saved under .test-artifacts/screenshots/ for a human to look at (not compared). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}
