import { expect, test } from "vitest";
import { describeJourney, useBrowser } from "./support/journey.js";
import { pageChecks } from "./support/page-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";

const phone = { viewport: { width: 390, height: 844 } };
const checkPage = pageChecks("plan-goal-checks");

describeJourney("plan goal check-offs", () => {
  const browser = useBrowser();

  test("a function goal: 'I did it' reaches it, another amount replaces today's, bad input is explained", async () => {
    const { context, page } = await browser.open(phone);
    await registerThroughApi(context, aPerson({ timeZone: "Europe/Paris" }));

    await page.goto("/plan/goals");
    await page.getByRole("heading", { level: 1, name: "Your goals" }).waitFor();
    await page.getByRole("radio", { name: /Do something/ }).check();
    await page.getByLabel("What you want to do").fill("Walk to the park");
    await page.getByRole("button", { name: "Save the goal" }).click();
    await page.getByRole("heading", { name: /Walk to the park: 20 minutes/ }).waitFor();
    await checkPage(page, "new");

    // One tap records the target amount today, and the goal is reached.
    await page.getByRole("button", { name: "I did it: 20 minutes" }).click();
    await page.getByText("Saved for today: 20 minutes.").waitFor();
    await page.getByText("Reached", { exact: true }).waitFor();
    await page.getByText("20 of 20 minutes (100 %)").waitFor();

    // Another amount: a bad one is explained beside the field and nothing is saved.
    await page.getByText("Record another amount").click();
    const amount = page.getByLabel("Amount (minutes)");
    await amount.fill("0");
    await page.getByRole("button", { name: "Save the amount" }).click();
    await expect
      .poll(() => page.getByText("The amount is more than 0.").count())
      .toBeGreaterThan(0);
    await checkPage(page, "bad-amount");

    // 12 minutes today replaces the 20: the goal is under way again.
    await amount.fill("12");
    await page.getByRole("button", { name: "Save the amount" }).click();
    await page.getByText("Saved for today: 12 minutes.").waitFor();
    expect(await page.getByText("Saved for today: 20 minutes.").count(), "one saved message").toBe(
      0,
    );
    await page.getByText("Under way", { exact: true }).waitFor();
    await page.getByText("12 of 20 minutes (60 %)").waitFor();
    const latest = page.getByRole("list", { name: "Latest days" }).getByRole("listitem");
    await latest.filter({ hasText: "Today: 12 minutes" }).waitFor();
    await checkPage(page, "checked");

    // Removing the day's check-off leaves no amount.
    await page.getByRole("button", { name: "Remove Today" }).click();
    await expect.poll(() => latest.count()).toBe(0);
    await page.getByText("Under way", { exact: true }).waitFor();
  });
});
