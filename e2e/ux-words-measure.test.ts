import { test } from "vitest";
import { TherapyLibraryPage } from "./pages/therapy-library-page.js";
import { describeJourney, useBrowser } from "./support/journey.js";
import { aPerson, registerThroughApi } from "./support/people.js";

const phone = { width: 390, height: 844 };

/** Numbers for the before/after table (printed, not asserted). */
describeJourney("ux-words measurements", () => {
  const browser = useBrowser();

  test("page heights in screens at 390 × 844", async () => {
    const { context, page } = await browser.open({ viewport: phone });
    await registerThroughApi(context, aPerson());
    const library = new TherapyLibraryPage(page);
    await library.goto();
    const height = async () => page.evaluate(() => document.documentElement.scrollHeight);
    const libraryHeight = await height();
    const cardCount = await library.cards().count();
    await page.goto("/diary/new");
    await page.getByRole("button", { name: "Save entry" }).waitFor();
    const entryHeight = await height();
    const timeBox = await page.locator("#entry-time").boundingBox();
    const timeText = await page
      .locator(".wall-time__words, #entry-time")
      .first()
      .evaluate((element) =>
        element instanceof HTMLInputElement ? element.scrollWidth - element.clientWidth : 0,
      );
    process.stdout.write(
      `MEASURE library ${libraryHeight}px = ${(libraryHeight / phone.height).toFixed(1)} screens; cards ${cardCount}\n` +
        `MEASURE new entry ${entryHeight}px = ${(entryHeight / phone.height).toFixed(1)} screens; time box ${JSON.stringify(timeBox)} overflow ${timeText}\n`,
    );
  });
});
