import type { Locator, Page } from "playwright-core";
import { expect, test } from "vitest";
import { putAsPerson } from "./pages/person-api.js";
import { SafetyIntakePage } from "./pages/safety-intake-page.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { aPerson, registerThroughApi } from "./support/people.js";
import { safetyAnswersAllNo } from "./support/safety-answers.js";

const phone = { viewport: { width: 390, height: 844 } };

/** "None of these apply" on every step: nothing in the answers speaks against deep massage. */
const cleanIntake = {
  status: "complete",
  answers: safetyAnswersAllNo(),
  preferences: { pressurePreference: "firm", discomfortSignal: "I will say stop" },
};

/** The plan page's card of one item. */
function itemCard(page: Page, title: string): Locator {
  return page
    .locator("li.plan-item")
    .filter({ has: page.getByRole("heading", { level: 3, name: title }) });
}

/** Back to the plan through the phone's menu: the app is not reloaded, its cache is used. */
async function openPlanInApp(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
  await page.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
}

/** Step 3 of the safety questions with the blood-thinner answer changed, saved. */
async function answerBloodThinners(page: Page, answer: "Yes" | "No"): Promise<void> {
  const intake = new SafetyIntakePage(page);
  await intake.goto(3);
  await intake.waitForStep("Bleeding, clots and circulation");
  await intake.answer(/blood thinner/, answer);
  await intake.saveAndContinue("Skin and healing");
}

describeJourney("plan safety follows the safety answers", () => {
  const browser = useBrowser();

  test("deep tissue massage: no concern → a blood thinner → avoid → back to no concern", async () => {
    const { context, page } = await browser.open(phone);
    await registerThroughApi(context, aPerson({ timeZone: "Europe/Paris" }));
    await putAsPerson(context, (userId) => `/api/users/${userId}/safety-intake`, cleanIntake);

    await page.goto("/plan/items/new");
    await page.getByLabel("Therapy").selectOption({ label: "Deep tissue massage" });
    const check = page.getByRole("region", { name: "Safety for you" });
    await expect.poll(() => check.textContent()).toMatch(/No concern found/);
    await page.getByRole("button", { name: "Save to my plan" }).click();
    const card = itemCard(page, "Deep tissue massage");
    await card.waitFor();
    await expect.poll(() => card.textContent()).toMatch(/No concern found/);

    await answerBloodThinners(page, "Yes");
    await openPlanInApp(page);
    await expect.poll(() => card.textContent()).toMatch(/Avoid/);
    expect(await card.textContent()).not.toMatch(/No concern found/);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "plan-safety-avoid-after-new-answer");

    await answerBloodThinners(page, "No");
    await openPlanInApp(page);
    await expect.poll(() => card.textContent()).toMatch(/No concern found/);
    expect(await card.textContent()).not.toMatch(/Avoid/);
    await expectNoAxeViolations(page);
  }, 180_000);
});
