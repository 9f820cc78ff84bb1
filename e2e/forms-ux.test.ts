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

  test("at 360 px: a failed save moves focus to the summary, in view; defaults save; Both feet saves in one go", async () => {
    const { context, page } = await browser.open({ viewport: { width: 360, height: 740 } });
    await registerThroughApi(context, aPerson({ timeZone: "Europe/London" }));
    const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
    const summaryInView = () =>
      page.locator(".error-summary").evaluate((node) => {
        const box = node.getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight && document.activeElement === node;
      });

    // The session form: Save with nothing chosen fails; focus lands on the summary, in view.
    await page.goto("/sessions/log");
    const saveSession = page.getByRole("button", { name: "Save session" });
    await saveSession.click();
    await page.getByRole("alert").waitFor();
    expect(await summaryInView()).toBe(true);
    await saveSession.click();
    await page.waitForTimeout(100);
    expect(await summaryInView(), "a second failed save focuses it again").toBe(true);
    // Swedish massage with every other default saves (the start is now minus the length).
    await page.getByLabel("Therapy").selectOption({ label: "Swedish massage" });
    await saveSession.click();
    await page.waitForURL(/\/sessions$/);

    // The diary's full entry: a failed save focuses the summary far up the page.
    const diary = new DiaryPage(page);
    await diary.gotoNewEntry();
    const before = await pageHeight();
    await page.getByRole("button", { name: "Save entry" }).click();
    await page.getByRole("alert").waitFor();
    expect(await summaryInView()).toBe(true);
    await expectNoAxeViolations(page);

    // Pain 5, Both feet, Save: one go, no error per foot area.
    await diary.choose("Pain right now", 5);
    await page.getByRole("button", { name: "Both feet" }).click();
    const withFeet = await pageHeight();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Save entry" }).click();
    await page.waitForURL(/\/diary$/);
    console.info(
      `diary entry page height at 360 px: ${before} px empty, ${withFeet} px with both feet`,
    );
    expect(withFeet).toBeLessThan(before * 1.6);
    // Three forms and two saves in one journey: more than one form's time on a loaded machine.
  }, 120_000);
});
