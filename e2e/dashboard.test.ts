import { instantPlusDays } from "@painplan/core";
import type { BrowserContext, Page } from "playwright-core";
import { expect, test } from "vitest";
import { DashboardPage } from "./pages/dashboard-page.js";
import { DiaryPage } from "./pages/diary-page.js";
import { postAsPerson, userIdOf } from "./pages/person-api.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { horizontalOverflow, smallTargets } from "./support/layout-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";

const phone = { width: 390, height: 844 };
const desktop = { width: 1350, height: 940 };

/** Entries on the last few days (not today), so the week's chart has something to draw. */
async function addPastEntries(context: BrowserContext, userId: string): Promise<void> {
  for (const [daysAgo, intensityNow] of [
    [1, 5],
    [2, 6],
    [4, 3],
  ] as const) {
    await postAsPerson(context, `/api/users/${userId}/diary/entries`, {
      idempotencyKey: crypto.randomUUID(),
      intensityNow,
      recordedAt: instantPlusDays(new Date(), -daysAgo),
    });
  }
}

async function entryCount(context: BrowserContext, userId: string): Promise<number> {
  const response = await context.request.get(`/api/users/${userId}/diary/entries?limit=50`);
  const body = (await response.json()) as { items: unknown[] };
  return body.items.length;
}

async function openDashboard(page: Page, context: BrowserContext, withPast = false) {
  const person = aPerson();
  await registerThroughApi(context, person);
  const userId = await userIdOf(context);
  if (withPast) await addPastEntries(context, userId);
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await dashboard.waitUntilShown(person.displayName);
  await page.getByRole("heading", { level: 2, name: "Your pain this week" }).waitFor();
  return { userId, dashboard, diary: new DiaryPage(page) };
}

/** The top of each of the quick log's 0–10 options, in order. */
async function optionBoxes(page: Page) {
  return page.locator(".quick-log .score-scale__option").evaluateAll((labels) =>
    labels.map((label) => {
      const box = label.getBoundingClientRect();
      return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width) };
    }),
  );
}

describeJourney("dashboard", () => {
  const browser = useBrowser();

  test("on a phone: the page height in screens, and a quick log confirmed in view with Undo", async () => {
    const { context, page } = await browser.open({ viewport: phone });
    const { userId, diary } = await openDashboard(page, context);
    await page.waitForLoadState("networkidle");
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.info(
      `dashboard height at 390 × 844: ${height} px = ${(height / 844).toFixed(2)} screens`,
    );
    // Before issue 14: 2821 px (3.34 screens) with the roadmap cards.
    expect(height / phone.height).toBeLessThanOrEqual(3);

    await diary.choose("Pain right now", 6);
    await page.getByRole("button", { name: "Save pain now" }).click();
    await expect.poll(() => diary.quickLogStatus().textContent()).toContain("Saved: pain 6");
    const undo = page.getByRole("button", { name: /^Undo/ });
    for (const [what, locator] of [
      ["confirmation", diary.quickLogStatus()],
      ["Undo", undo],
    ] as const) {
      const box = await locator.boundingBox();
      expect(box, what).not.toBeNull();
      expect(box?.y ?? -1, `${what} top`).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? 0), `${what} bottom`).toBeLessThanOrEqual(
        phone.height,
      );
    }
    expect(await page.evaluate(() => window.scrollY), "no scrolling needed").toBe(0);
    await expect
      .poll(() => page.locator(".person-week__entries li").count(), { message: "today's entry" })
      .toBe(1);
    expect(await entryCount(context, userId)).toBe(1);

    await undo.click();
    await expect.poll(() => diary.quickLogStatus().textContent()).toContain("Undone");
    expect(await entryCount(context, userId), "Undo deletes the entry").toBe(0);
    await expect.poll(() => page.locator(".person-week__entries li").count()).toBe(0);
    expect(await undo.count(), "Undo is gone once used").toBe(0);
    await saveScreenshot(page, "dashboard-quick-log-undone-390");
  });

  test("a stable day can be undone too", async () => {
    const { context, page } = await browser.open({ viewport: phone });
    const { userId, diary } = await openDashboard(page, context, true);
    await page.getByRole("button", { name: "Same as last time (pain 5 out of 10)" }).click();
    await expect.poll(() => diary.quickLogStatus().textContent()).toContain("a stable day");
    expect(await entryCount(context, userId)).toBe(4);
    await page.getByRole("button", { name: /^Undo/ }).click();
    await expect.poll(() => diary.quickLogStatus().textContent()).toContain("Undone");
    expect(await entryCount(context, userId)).toBe(3);
  });

  for (const width of [320, 360, 390]) {
    test(`at ${width} px the 0–10 scale never strands 10, and an error moves no number`, async () => {
      const { context, page } = await browser.open({ viewport: { width, height: 844 } });
      await openDashboard(page, context);
      const before = await optionBoxes(page);
      expect(before).toHaveLength(11);
      const rows = new Map<number, number>();
      for (const box of before) rows.set(box.y, (rows.get(box.y) ?? 0) + 1);
      const lastRow = rows.get(before[10]?.y ?? -1) ?? 0;
      expect(
        lastRow,
        `options on the row of 10 (rows: ${[...rows.values()].join(" / ")})`,
      ).toBeGreaterThan(1);
      if (width === 390) expect([...rows.values()], "0–5 / 6–10").toEqual([6, 5]);
      expect(Math.min(...before.map((box) => box.width))).toBeGreaterThanOrEqual(44);
      expect(await smallTargets(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

      await page.getByRole("button", { name: "Save pain now" }).click();
      await page.getByText("Choose a number first.").waitFor();
      expect(await optionBoxes(page), "the numbers stay where they were").toEqual(before);
    });
  }

  for (const size of [
    { name: "320 px", viewport: { width: 320, height: 800 } },
    { name: "desktop", viewport: desktop },
  ]) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`dashboard and quick log pass axe (${size.name}, ${colorScheme})`, async () => {
        const { context, page } = await browser.open({ viewport: size.viewport, colorScheme });
        const { diary } = await openDashboard(page, context, true);
        await page.locator(".pain-trend__chart").waitFor();
        expect(await page.locator(".pain-trend__summary").textContent()).toMatch(
          /^Average pain now over the last 7 days: .* \(entries on 3 of 7 days\)\.$/,
        );
        await page.getByText("Show the days").click();
        await page.getByRole("table").waitFor();
        await expectNoAxeViolations(page);

        await page.getByRole("button", { name: "Save pain now" }).click();
        await page.getByText("Choose a number first.").waitFor();
        await expectNoAxeViolations(page);

        await diary.choose("Pain right now", 4);
        await page.getByRole("button", { name: "Save pain now" }).click();
        await page.getByRole("button", { name: /^Undo/ }).waitFor();
        await expectNoAxeViolations(page);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await saveScreenshot(page, `dashboard-${size.name.replace(" ", "")}-${colorScheme}`);
      });
    }
  }
});
