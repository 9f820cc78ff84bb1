import type { BrowserContext } from "playwright-core";
import { expect, test } from "vitest";
import { DiaryPage } from "./pages/diary-page.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, useBrowser } from "./support/journey.js";
import { aPerson, registerThroughApi } from "./support/people.js";

type SavedEntry = { recordedAt: string; localDate: string; localTime: string };

async function savedEntries(context: BrowserContext): Promise<SavedEntry[]> {
  const me = (await (await context.request.get("/api/me")).json()) as { user: { id: string } };
  const page = await context.request.get(`/api/users/${me.user.id}/diary/entries`);
  return ((await page.json()) as { items: SavedEntry[] }).items;
}

/**
 * Times typed on the person's clock across a change of the clocks. Each device sits in a zone
 * other than the person's, so a form that used the device's zone would save the wrong instant.
 */
describeJourney("diary times across clock changes", () => {
  const browser = useBrowser();

  test("New York, 8 March 2026: 02:30 did not happen and is saved as 03:30 the same day", async () => {
    const { context, page } = await browser.open({ timezoneId: "Asia/Tokyo" });
    await registerThroughApi(context, aPerson({ timeZone: "America/New_York" }));
    const diary = new DiaryPage(page);
    await diary.gotoNewEntry();
    await page.getByLabel("Date", { exact: true }).fill("2026-03-08");
    await page.getByLabel(/^Time/).fill("02:30");
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "clocks went forward" }).textContent())
      .toBe(
        "The clocks went forward at that time on 8 March 2026, so 02:30 did not happen in America/New_York. It will be saved as 03:30.",
      );
    await diary.choose("Pain right now", 4);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Save entry" }).click();
    await diary.notice("Your entry is saved.").waitFor();

    expect(await savedEntries(context)).toMatchObject([
      { recordedAt: "2026-03-08T07:30:00.000Z", localDate: "2026-03-08", localTime: "03:30" },
    ]);
    await diary.day("Sunday 8 March 2026").waitFor();
    expect(await diary.entries().first().locator("h4").textContent()).toBe("03:30");
  });

  test("Lord Howe, 5 April 2026 (clocks back 30 minutes): 01:45 happened twice; the person chooses", async () => {
    const { context, page } = await browser.open({
      timezoneId: "Europe/London",
      colorScheme: "dark",
    });
    await registerThroughApi(context, aPerson({ timeZone: "Australia/Lord_Howe" }));
    const diary = new DiaryPage(page);
    await diary.gotoNewEntry();
    await diary.choose("Pain right now", 6);
    await page.getByLabel("Date", { exact: true }).fill("2026-04-05");
    await page.getByLabel(/^Time/).fill("01:45");
    const which = page.getByRole("group", { name: /^01:45 happened twice on 5 April 2026/ });
    await which.waitFor();
    await expectNoAxeViolations(page);

    // Not chosen yet: the form says so next to the question, and saves nothing.
    await page.getByRole("button", { name: "Save entry" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("Choose which 01:45 you mean: it happened twice that night.");
    await which
      .getByRole("radio", { name: "01:45 — the second time (after clocks went back)" })
      .check();
    await page.getByRole("button", { name: "Save entry" }).click();
    await diary.notice("Your entry is saved.").waitFor();
    // The second 01:45 is at +10:30: 15:15 UTC on the 4th (the first was 14:45 UTC, at +11).
    expect(await savedEntries(context)).toMatchObject([
      { recordedAt: "2026-04-04T15:15:00.000Z", localDate: "2026-04-05", localTime: "01:45" },
    ]);

    // Changing it opens on the second 01:45, and the choice is kept.
    await diary
      .entries()
      .first()
      .getByRole("link", { name: /^Change/ })
      .click();
    await page.getByRole("button", { name: "Save changes" }).waitFor();
    expect(
      await page
        .getByRole("radio", { name: "01:45 — the second time (after clocks went back)" })
        .isChecked(),
    ).toBe(true);
  });
});
