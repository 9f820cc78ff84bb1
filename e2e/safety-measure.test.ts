import { expect, test } from "vitest";
import { putAsPerson } from "./pages/person-api.js";
import { SafetyIntakePage } from "./pages/safety-intake-page.js";
import { SafetyResultsPage } from "./pages/safety-results-page.js";
import {
  bloodThinnerAndNumbFeet,
  finishIntakeWithNothingToReport,
  heightOf,
  pageHeight,
  phone,
} from "./pages/safety-measures.js";
import { describeJourney } from "./support/journey.js";
import { aPerson, registerThroughApi } from "./support/people.js";

/** Numbers for the before/after table of issue 14, printed so a run can be copied into notes. */
function report(what: string, value: unknown): void {
  process.stdout.write(`[measure] ${what}: ${JSON.stringify(value)}\n`);
}

describeJourney("safety, measured at 390 × 844 (issue 14)", () => {
  const browser = useBrowserAtPhoneSize();

  test("blood thinner and numb feet: results page and pre-session result", async () => {
    const { context, page } = await browser.open({ viewport: phone });
    await registerThroughApi(context, aPerson());
    await putAsPerson(
      context,
      (userId) => `/api/users/${userId}/safety-intake`,
      bloodThinnerAndNumbFeet,
    );
    const results = new SafetyResultsPage(page);
    await results.goto();
    await results.therapy("Swedish massage").waitFor();
    report("results page height", await pageHeight(page));

    await page.goto("/safety/check?therapy=swedish-massage");
    await page.getByRole("heading", { level: 1, name: "Check before a session" }).waitFor();
    await new SafetyIntakePage(page).answerAll("No");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    const outcome = page.locator("section.outcome");
    await outcome.waitFor();
    report("pre-session result height", await heightOf(outcome));
    report("pre-session page height", await pageHeight(page));
    expect(await outcome.textContent()).toMatch(/Go ahead with care/);
  });

  test("nothing to report: taps to finish the safety intake", async () => {
    const { context, page } = await browser.open({ viewport: phone });
    await registerThroughApi(context, aPerson());
    await new SafetyIntakePage(page).goto();
    const counter = await finishIntakeWithNothingToReport(page);
    report("intake taps (nothing to report)", { taps: counter.taps, keys: counter.keys });
    await new SafetyResultsPage(page).waitUntilShown();
  });
});

function useBrowserAtPhoneSize() {
  return useBrowser();
}

import { useBrowser } from "./support/journey.js";
