import type { Page } from "playwright-core";
import { expect } from "vitest";
import { expectNoAxeViolations } from "./accessibility.js";
import { saveScreenshot } from "./journey.js";
import { horizontalOverflow, smallTargets } from "./layout-checks.js";

/**
 * The checks a journey runs on each page it reaches (UX.md: hands that may be numb or burning):
 * axe, no sideways scroll, every target at least 44 × 44 px. With `screenshotPrefix`, the page
 * is also saved as `<prefix>-<name>.png` for a human to look at.
 */
export function pageChecks(screenshotPrefix?: string): (page: Page, name: string) => Promise<void> {
  return async (page, name) => {
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page), `${name}: no sideways scroll`).toBeLessThanOrEqual(0);
    expect(await smallTargets(page), `${name}: every target at least 44 × 44 px`).toEqual([]);
    if (screenshotPrefix !== undefined) await saveScreenshot(page, `${screenshotPrefix}-${name}`);
  };
}
