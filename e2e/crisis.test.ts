import { expect, test } from "vitest";
import { QuestionnairesPage } from "./pages/questionnaires-page.js";
import { SafetyIntakePage } from "./pages/safety-intake-page.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { aPerson, registerThroughApi } from "./support/people.js";

describeJourney("crisis support", () => {
  const browser = useBrowser();

  test("a yes or a not sure to thoughts of self-harm shows the crisis panel on that screen at once", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson({ timeZone: "Pacific/Auckland" }));
    const intake = new SafetyIntakePage(page);
    const crisis = page.getByRole("complementary", { name: "Need help now?" });
    await intake.goto();
    await intake.waitForStep("Signs to act on now");
    await intake.answerAll("No");
    expect(await crisis.count(), "nothing to show for no").toBe(0);

    await intake.answer(/harming yourself/, "Not sure");
    await crisis.waitFor();
    // New Zealand's line (REFERENCE §8), chosen from the Auckland time zone.
    expect(await crisis.getByRole("link", { name: "Call 1737" }).getAttribute("href")).toBe(
      "tel:1737",
    );
    expect(await crisis.getByRole("link", { name: "Text 1737" }).getAttribute("href")).toBe(
      "sms:1737",
    );
    expect(await crisis.textContent()).toContain("local emergency number");
    expect(page.url(), "on the same screen, nothing saved yet").toMatch(/\/safety\/intake/);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "crisis-panel-intake-not-sure");

    await intake.answer(/harming yourself/, "No");
    await expect.poll(() => crisis.count()).toBe(0);
    await intake.answer(/harming yourself/, "Yes");
    await crisis.waitFor();
    await intake.seekCareAlert().waitFor();
    await expectNoAxeViolations(page);
  });

  test("a positive PHQ-2 offers the PHQ-9; item 9 above 'not at all' shows the crisis panel at once", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson({ timeZone: "Europe/Dublin" }));
    const questionnaires = new QuestionnairesPage(page);
    await questionnaires.goto();
    await questionnaires.start("PHQ-2");
    await questionnaires.answer(1, 2);
    await questionnaires.answer(2, 2);
    await questionnaires.submit();

    const offer = page.getByRole("link", { name: "Answer the PHQ-9" });
    await offer.waitFor();
    await expectNoAxeViolations(page);
    await offer.click();
    await questionnaires.submitButton().waitFor();
    expect(await page.getByRole("group", { name: /^\d+\. / }).count()).toBe(9);
    await expectNoAxeViolations(page);

    for (let number = 1; number <= 8; number += 1) await questionnaires.answer(number, 0);
    const raised = page.getByRole("alert").getByRole("complementary", { name: "Need help now?" });
    expect(await raised.count(), "nothing raised before item 9").toBe(0);
    await questionnaires.answer(9, 1);
    await raised.waitFor();
    // Ireland's line (REFERENCE §8), chosen from the Dublin time zone.
    expect(await raised.getByRole("link", { name: "Call 116 123" }).getAttribute("href")).toBe(
      "tel:116123",
    );
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "phq-9-item-9-crisis-panel");
    await questionnaires.answer(9, 0);
    await expect.poll(() => raised.count()).toBe(0);
    await questionnaires.answer(9, 2);
    await raised.waitFor();

    await questionnaires.submit();
    const main = page.locator("main");
    await expect.poll(() => main.textContent()).toContain("2 on a scale from 0 to 27");
    expect(await main.textContent()).toContain("Minimal range (0 to 4)");
    expect(await main.textContent()).toContain("hurting yourself");
    const panels = page.getByRole("complementary", { name: "Need help now?" });
    expect(await panels.count()).toBe(1);
    expect(await panels.getAttribute("class")).toContain("crisis-support--emphasised");
    await expectNoAxeViolations(page);
  });
});
