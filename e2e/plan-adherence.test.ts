import { addCalendarDays, localDayOf } from "@painplan/core";
import type { BrowserContext } from "playwright-core";
import { expect, test } from "vitest";
import { postAsPerson, putAsPerson } from "./pages/person-api.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { horizontalOverflow } from "./support/layout-checks.js";
import { pageChecks } from "./support/page-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";

const timeZone = "Europe/Paris";
const phone = { viewport: { width: 390, height: 844 } };
const checkPage = pageChecks("plan-adherence");

type Plan = { id: string; version: number; items: { id: string }[] };

/**
 * A person in Paris with a daily 10-minute body scan at 00:05 from three days ago (the first
 * three are over; today's too after 00:15), the one two days ago held.
 */
async function setUpPlan(context: BrowserContext): Promise<void> {
  await registerThroughApi(context, aPerson({ timeZone }));
  const today = localDayOf(new Date().toISOString(), timeZone);
  const start = addCalendarDays(today, -3);
  const plan = await postAsPerson<Plan>(context, (userId) => `/api/users/${userId}/plans`, {
    idempotencyKey: crypto.randomUUID(),
    title: "My plan",
    startDate: start,
  });
  const withItem = await postAsPerson<Plan>(
    context,
    (userId) => `/api/users/${userId}/plans/${plan.id}/items`,
    {
      expectedVersion: plan.version,
      therapyId: "body-scan",
      schedule: {
        cadence: { kind: "daily", interval: 1 },
        startDate: start,
        timeOfDay: "00:05",
        durationMinutes: 10,
        end: { kind: "never" },
      },
    },
  );
  const itemId = withItem.items[0]?.id ?? "";
  // The one two days ago was held.
  await putAsPerson(
    context,
    (userId) => `/api/users/${userId}/plans/${plan.id}/items/${itemId}/exceptions`,
    { originalStart: `${addCalendarDays(today, -2)}T00:05`, kind: "held" },
  );
}

describeJourney("plan adherence and sessions that did not happen", () => {
  const browser = useBrowser();

  test("adherence per item on the plan page; one-tap reasons for past sessions, kept after a reload and shown on the dashboard", async () => {
    const { context, page } = await browser.open(phone);
    await setUpPlan(context);

    await page.goto("/plan");
    await page.getByRole("heading", { level: 2, name: "How it is going" }).waitFor();
    // 1 done of 3 (or 4, once today's 00:05 session is over too): counts first, never "0 %" alone.
    await page.getByText(/^1 of [34] sessions done in the last 4 weeks \((33|25) %\)\./).waitFor();
    await page.getByText("Week by week").click();
    const weekTable = page.getByRole("table", { name: /Sessions done each week/ });
    await weekTable.waitFor();
    // Only weeks since the plan started (three days ago): one or two, plus the header row.
    const rows = await weekTable.getByRole("row").count();
    expect(rows === 2 || rows === 3, `weeks since the plan started, not ${rows - 1}`).toBe(true);
    const missed = page.locator("section[aria-labelledby='missed-heading'] li");
    await page.getByRole("heading", { name: "Sessions that did not happen" }).waitFor();
    const count = await missed.count();
    expect(count === 2 || count === 3, `2 or 3 sessions did not happen, not ${count}`).toBe(true);
    await checkPage(page, "plan");

    // One tap says why the newest one did not happen.
    const newest = missed.first();
    await newest.getByRole("button", { name: "Flare" }).click();
    await newest.getByText("Why: Flare").waitFor();
    // "Other" takes a short note after it.
    const oldest = missed.last();
    await oldest.getByRole("button", { name: "Other" }).click();
    await oldest.getByText("Why: Other").waitFor();
    await oldest.getByLabel("A few words (optional)").fill("The bus did not come");
    // What was typed survives a reload before it is saved.
    await page.reload();
    const note = missed.last().getByLabel("A few words (optional)");
    await expect.poll(() => note.inputValue()).toBe("The bus did not come");
    await missed.last().getByRole("button", { name: "Save the note" }).click();
    await oldest.getByText("Why: Other — The bus did not come").waitFor();
    await checkPage(page, "reasons");

    // Kept after a reload, and shown on the dashboard too.
    await page.reload();
    await missed.last().getByText("Why: Other — The bus did not come").waitFor();
    await page.goto("/");
    const dashboardMissed = page.locator("section[aria-labelledby='missed-heading']");
    await dashboardMissed.getByText("Why: Flare").waitFor();
    await checkPage(page, "dashboard");

    // A reason can be taken back: the one-tap choices come again.
    await dashboardMissed
      .getByRole("button", { name: /^Change the reason/ })
      .first()
      .click();
    await expect.poll(() => dashboardMissed.getByText("Why: Flare").count()).toBe(0);
    await dashboardMissed.getByText("Why: Other — The bus did not come").waitFor();
    expect(await dashboardMissed.getByRole("button", { name: "Flare" }).count()).toBeGreaterThan(0);
  });

  test("the plan page and the dashboard pass axe in dark mode at 320 px", async () => {
    const { context, page } = await browser.open({
      viewport: { width: 320, height: 700 },
      colorScheme: "dark",
    });
    await setUpPlan(context);
    await page.goto("/plan");
    await page.getByRole("heading", { level: 2, name: "How it is going" }).waitFor();
    await page.getByText("Week by week").click();
    await page.getByRole("table", { name: /Sessions done each week/ }).waitFor();
    await page.getByRole("heading", { name: "Sessions that did not happen" }).waitFor();
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page), "no sideways scroll at 320 px").toBeLessThanOrEqual(0);
    await saveScreenshot(page, "plan-adherence-plan-320-dark");
    await page.goto("/");
    await page.getByRole("heading", { name: "Sessions that did not happen" }).waitFor();
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page), "no sideways scroll at 320 px").toBeLessThanOrEqual(0);
  });
});
