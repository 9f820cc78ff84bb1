import type { Page } from "playwright-core";

/**
 * Counts the taps a person makes on a page: every trusted `pointerdown` (a click, a tap) in
 * the document, so a test counts what a finger does rather than what the test code says.
 * Key presses are not counted. Install before the page loads; read with `taps()`.
 */
export async function countTaps(page: Page): Promise<{ taps: () => Promise<number> }> {
  await page.addInitScript(() => {
    const counter = window as unknown as { painplanTaps: number };
    counter.painplanTaps = 0;
    document.addEventListener(
      "pointerdown",
      (event) => {
        if (event.isTrusted) counter.painplanTaps += 1;
      },
      { capture: true },
    );
  });
  return {
    taps: () => page.evaluate(() => (window as unknown as { painplanTaps: number }).painplanTaps),
  };
}
