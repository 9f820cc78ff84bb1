import { expect, test } from "vitest";
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
});
