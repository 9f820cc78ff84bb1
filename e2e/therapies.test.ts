import { safetyAnswersAllNo } from "./support/safety-answers.js";
import { expect, test } from "vitest";
import { putAsPerson } from "./pages/person-api.js";
import { TherapyLibraryPage } from "./pages/therapy-library-page.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { horizontalOverflow, smallTargets } from "./support/layout-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";

/** A finished intake: only a blood thinner, so deep massage is out and gentle work is fine. */
const everythingNoButBloodThinners = safetyAnswersAllNo({ bloodThinners: "yes" });

const notes = { pressurePreference: "light", discomfortSignal: "I will say stop" };

describeJourney("therapy library", () => {
  const browser = useBrowser();

  test("search, filter by kind, open a yoga pose with its supported variant", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson());
    const library = new TherapyLibraryPage(page);
    await library.goto();
    const everything = await library.cards().count();
    expect(everything).toBeGreaterThan(20);
    expect(
      await page.getByRole("link", { name: "Answer the safety questions" }).count(),
      "without an intake, the 'suits me' filter explains how to get one",
    ).toBe(1);
    await expectNoAxeViolations(page);
    expect(await smallTargets(page)).toEqual([]);

    await library.kind().selectOption("yoga");
    await expect.poll(() => library.cards().count()).toBe(12);
    await library.search().fill("balance");
    await expect.poll(() => library.cards().count()).toBeLessThan(12);
    expect(await library.cardNames().allTextContents()).toContain("Tree pose");
    expect(new URL(page.url()).search, "the search is kept in the address").toContain("q=balance");
    await saveScreenshot(page, "library-search");

    await library.openTherapy("Tree pose");
    await page.getByRole("heading", { level: 1, name: "Tree pose" }).waitFor();
    await page.getByRole("heading", { name: "Against a wall: the supported way" }).waitFor();
    expect(await page.getByText("Keep a hand on the wall the whole time.").count()).toBe(1);
    await page.getByRole("heading", { name: "What research says" }).waitFor();
    expect(await page.getByText(/How sure this is/).count()).toBe(1);
    expect(await page.getByText("This is not a diagnosis.").count()).toBe(1);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "library-tree-pose");
  });

  test("'only what suits me' keeps what the safety answers allow", async () => {
    const { context, page } = await browser.open({ viewport: { width: 320, height: 800 } });
    await registerThroughApi(context, aPerson());
    await putAsPerson(context, (userId) => `/api/users/${userId}/safety-intake`, {
      status: "complete",
      answers: everythingNoButBloodThinners,
      preferences: notes,
    });

    const library = new TherapyLibraryPage(page);
    await library.goto();
    const everything = await library.cards().count();
    await library.suitsMe().check();
    await expect.poll(() => library.cards().count()).toBeLessThan(everything);
    const verdicts = await page.locator(".therapy-card .verdict").allTextContents();
    expect(verdicts.length).toBeGreaterThan(0);
    for (const verdict of verdicts) expect(verdict).toMatch(/No concern found|Take care/);
    expect(await horizontalOverflow(page), "no sideways scroll at 320 px").toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "library-suits-me-320");

    await library.suitsMe().uncheck();
    await library.search().fill("deep tissue");
    await library.openTherapy("Deep tissue massage");
    const forYou = page.getByRole("region", { name: "For you" });
    await forYou.waitFor();
    expect(await forYou.textContent(), "a blood thinner rules out deep massage").toContain("Avoid");
    expect(await horizontalOverflow(page), "detail at 320 px").toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);

    // "No concern found" is not a clearance: it says so, and keeps "talk to your provider".
    await page.goto("/therapies/body-scan");
    await forYou.waitFor();
    const words = await forYou.textContent();
    expect(words).toContain("No concern found from the answers you gave");
    expect(words).toContain("not a medical clearance");
    expect(words).toContain("talk to your provider");
    await expectNoAxeViolations(page);
  });
});
