import type { Locator, Page } from "playwright-core";

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. Fails after
 * `maxPresses`, so an unreachable control fails the test instead of hanging it.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 150): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`Could not reach ${target.toString()} with ${maxPresses} presses of Tab.`);
}
