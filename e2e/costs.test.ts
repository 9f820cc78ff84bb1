import { addCalendarDays, localDayOf, weekdayOf } from "@painplan/core";
import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { postAsPerson, userIdOf } from "./pages/person-api.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { pageChecks } from "./support/page-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";

const phone = { viewport: { width: 390, height: 844 } };
const zone = "Europe/Paris";
const hourMs = 3_600_000;
const checkPage = pageChecks();

function aSession(hoursAgo: number, price: { amountMinor: number; currency: string }) {
  return {
    idempotencyKey: randomUUID(),
    startedAt: new Date(Date.now() - hoursAgo * hourMs).toISOString(),
    durationMinutes: 60,
    therapyId: "swedish-massage",
    charge: { price, paidBy: "self" },
  };
}

describeJourney("costs", () => {
  const browser = useBrowser();

  test("spend per currency, a claim paid back, a package, the plan's forecast and a Good Faith Estimate", async () => {
    const { context, page } = await browser.open(phone);
    await registerThroughApi(context, aPerson({ timeZone: zone }));
    const userId = await userIdOf(context);
    const sessions = `/api/users/${userId}/sessions`;
    await postAsPerson(context, sessions, aSession(3, { amountMinor: 27_000, currency: "USD" }));
    await postAsPerson(context, sessions, aSession(5, { amountMinor: 27_000, currency: "USD" }));
    await postAsPerson(context, sessions, aSession(7, { amountMinor: 5_000, currency: "EUR" }));

    // Spending: each currency on its own, never added together.
    await page.goto("/costs");
    await expect
      .poll(() => page.getByTestId("spend-net-USD").textContent())
      .toContain("540.00 USD");
    expect(await page.getByTestId("spend-net-EUR").textContent()).toContain("50.00 EUR");
    await checkPage(page, "spending");

    // A claim, then the insurer's answer: paid back 200.00 USD.
    await page.getByRole("link", { name: "Insurance claims" }).click();
    await page.getByLabel("Insurer").fill("Acme Health");
    await page.getByLabel("Amount claimed").fill("540");
    const usdSessions = page.getByRole("checkbox", { name: /^Swedish massage, .*, 270\.00 USD$/ });
    await expect.poll(() => usdSessions.count()).toBe(2);
    await usdSessions.nth(0).check();
    await usdSessions.nth(1).check();
    await page.getByRole("button", { name: "Add claim" }).click();
    await expect.poll(() => page.getByText("Covers 2 sessions.").count()).toBe(1);
    await expect.poll(() => page.getByTestId("claim-status").textContent()).toContain("Sent");
    await page.getByRole("radio", { name: "Paid" }).check();
    await page.getByLabel("Amount paid back (USD)").fill("200");
    await page.getByRole("button", { name: "Save the answer" }).click();
    await expect
      .poll(() => page.getByTestId("claim-status").textContent())
      .toContain("Paid: 200.00 USD paid back");
    await checkPage(page, "claims");

    await page.getByRole("link", { name: "Spending" }).click();
    await expect
      .poll(() => page.getByTestId("spend-net-USD").textContent())
      .toContain("You paid 340.00 USD after 200.00 USD paid back");

    // A package of 3 sessions for 100.00 USD: the odd cent is said plainly.
    await page.getByRole("link", { name: "Packages" }).click();
    await page.getByLabel("Name").fill("Three massages");
    await page.getByLabel("Number of sessions").fill("3");
    await page.getByLabel("Amount paid").fill("100");
    await page.getByRole("button", { name: "Add package" }).click();
    await expect
      .poll(() => page.getByTestId("package-balance").textContent())
      .toContain("3 of 3 sessions left");
    expect(await page.getByRole("article", { name: "Three massages" }).textContent()).toContain(
      "Each session costs 33.33 USD; the amount does not split evenly, so the first 1 cost 33.34 USD.",
    );
    await checkPage(page, "packages");

    // The plan: a massage every 2 weeks at 90 USD ≈ 585 USD per quarter.
    const today = localDayOf(new Date().toISOString(), zone);
    const plan = await postAsPerson<{ id: string; version: number }>(
      context,
      `/api/users/${userId}/plans`,
      {
        idempotencyKey: randomUUID(),
        title: "My plan",
        startDate: today,
      },
    );
    await postAsPerson(context, `/api/users/${userId}/plans/${plan.id}/items`, {
      expectedVersion: plan.version,
      therapyId: "swedish-massage",
      schedule: {
        cadence: { kind: "weekly", interval: 2, days: [weekdayOf(addCalendarDays(today, 1))] },
        startDate: addCalendarDays(today, 1),
        timeOfDay: "10:00",
        durationMinutes: 60,
        end: { kind: "never" },
      },
    });
    await page.getByRole("link", { name: "Plan forecast" }).click();
    await page.getByRole("button", { name: /^Set the usual price of/ }).click();
    await page.getByLabel("Usual price of one session").fill("90");
    await page.getByRole("button", { name: "Save price" }).click();
    await expect
      .poll(() => page.getByTestId("forecast-USD").textContent())
      .toContain("About 585.00 USD per quarter");
    await checkPage(page, "forecast");

    // A Good Faith Estimate of 100.00 USD for the week: 540.00 USD charged is 440.00 USD over.
    await page.getByRole("link", { name: "Estimates" }).click();
    await page.getByLabel("Who gave it").fill("Calm Hands Massage");
    await page.getByLabel("Estimated total").fill("100");
    await page.getByLabel("First day it covers").fill(addCalendarDays(today, -7));
    await page.getByRole("button", { name: "Add estimate" }).click();
    await expect
      .poll(() => page.getByTestId("estimate-comparison").textContent())
      .toContain("440.00 USD over the estimate");
    expect(await page.getByTestId("good-faith-note").textContent()).toContain("400 USD or more");
    await checkPage(page, "estimates");
    await saveScreenshot(page, "costs-estimates");
  });
});
