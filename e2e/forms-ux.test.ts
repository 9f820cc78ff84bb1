import { expect, test } from "vitest";
import { DiaryPage } from "./pages/diary-page.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, useBrowser } from "./support/journey.js";
import { horizontalOverflow } from "./support/layout-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";

/**
 * The diary form on a narrow phone: the date and time are whole and on the 24-hour clock, the
 * limits of free text show before saving, and a failed save lists its problems in form order.
 */
describeJourney("forms on a narrow phone", () => {
  const browser = useBrowser();

  for (const colorScheme of ["light", "dark"] as const) {
    test(`date and time, counters and the error summary at 320 px (${colorScheme})`, async () => {
      const { context, page } = await browser.open({
        viewport: { width: 320, height: 700 },
        colorScheme,
        // A US device: its own date-time input would show a 12-hour clock.
        locale: "en-US",
      });
      await registerThroughApi(context, aPerson({ timeZone: "Europe/London" }));
      const diary = new DiaryPage(page);
      await diary.gotoNewEntry();

      const time = page.getByLabel(/^Time/);
      await page.getByLabel("Date", { exact: true }).fill("2026-11-29");
      await time.fill("1405");
      await time.blur();
      expect(await time.inputValue()).toBe("14:05");
      await page.getByText("Sunday 29 November 2026 at 14:05").waitFor();
      for (const selector of ["#entry-time", "#entry-time-clock"]) {
        const cut = await page
          .locator(selector)
          .evaluate((input) => input.scrollWidth - input.clientWidth);
        expect(cut, `${selector} is cut off`).toBeLessThanOrEqual(0);
      }
      expect(await horizontalOverflow(page)).toBe(0);

      const notesCount = page.locator("#entry-notes-count");
      expect(await notesCount.textContent()).toBe("Up to 2,000 characters.");
      await page.getByLabel("Notes (optional)").fill("x".repeat(2003));
      expect(await notesCount.textContent()).toBe("3 characters too many: the limit is 2,000.");

      await time.fill("02:0");
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Save entry" }).click();
      const summary = page.getByRole("alert");
      await summary.waitFor();
      expect(await summary.getByRole("link").allTextContents()).toEqual([
        "Date and time: Enter a date and a time on the 24-hour clock, like 14:30.",
        "Pain right now: Choose a number for your pain right now.",
        "Notes: The note is 3 characters too long: shorten it to 2,000 or fewer.",
      ]);
      expect(await page.getByText("kept on this device").count()).toBe(0);
      await expectNoAxeViolations(page);
    });
  }
});
