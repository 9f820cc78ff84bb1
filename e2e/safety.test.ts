import { expect, test } from "vitest";
import { putAsPerson } from "./pages/person-api.js";
import { SafetyIntakePage } from "./pages/safety-intake-page.js";
import { SafetyResultsPage } from "./pages/safety-results-page.js";
import { SafetySheetPage } from "./pages/safety-sheet-page.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { horizontalOverflow, smallTargets } from "./support/layout-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";

const focusedId = (page: import("playwright-core").Page) =>
  page.evaluate(() => document.activeElement?.id ?? "");

const answersBeforeReview = {
  ...Object.fromEntries(
    [
      "bloodThinners",
      "bleedingDisorder",
      "lowPlatelets",
      "bloodClot",
      "diabetesFootProblems",
      "recentSurgery",
      "fragileSkin",
      "lymphoedema",
      "chemotherapyNow",
      "multipleSclerosisHeatSensitivity",
      "implantedDevice",
      "epilepsy",
      "pregnancy",
      "feverOrInfection",
      "fallsOrPoorBalance",
      "boneWeakness",
    ].map((id) => [id, "no"]),
  ),
  reducedSensationRegionIds: [],
  redFlags: Object.fromEntries(
    [
      "spreading-weakness",
      "sudden-one-sided-weakness",
      "saddle-numbness-or-bladder-change",
      "breathlessness-or-chest-pain",
      "self-harm-thoughts",
      "foot-infection-signs",
      "one-sided-leg-swelling",
      "fever-with-back-pain-or-cancer-pain",
    ].map((id) => [id, "no"]),
  ),
};

describeJourney("safety", () => {
  const browser = useBrowser();

  test("intake (saved half-way and resumed) → results → sheet and its PDF → pre-session check", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson());
    const intake = new SafetyIntakePage(page);

    await intake.goto();
    await intake.waitForStep("Signs to act on now");
    await expectNoAxeViolations(page);
    expect(await smallTargets(page), "intake").toEqual([]);

    // Keyboard only: from the step heading, Tab into each question, → picks "No", Enter saves.
    await intake.stepHeading("Signs to act on now").focus();
    for (let question = 0; question < 5; question += 1) {
      await page.keyboard.press("Tab");
      await page.keyboard.press("ArrowRight");
    }
    expect(await page.locator("form input[type=radio]:checked").count()).toBe(5);
    expect(await page.locator("form input[type=radio][value=no]:checked").count()).toBe(5);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "None of these apply to me",
    );
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Save and continue",
    );
    await page.keyboard.press("Enter");
    await intake.waitForStep("Signs to see a doctor about today");
    expect(await focusedId(page), "focus moves to the new step").toBe("step-heading");

    // A red-flag "yes" shows what to do at once, before anything is saved.
    await intake.answer(/One calf or leg that is swollen/, "Yes");
    await intake.seekCareAlert().waitFor();
    expect(await intake.seekCareAlert().textContent()).toContain("Please see a doctor today");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "safety-red-flag");
    await intake.answerAll("No");
    await expect.poll(() => intake.seekCareAlert().count()).toBe(0);
    // The same-day signs of reference §7 and §3.4 are asked here too.
    await intake.question(/suddenly become warm, red or swollen/).waitFor();
    await intake.question(/fever that has lasted more than a day/).waitFor();
    await intake.saveAndContinue("Bleeding, clots and circulation");

    await intake.answerAll("No");
    await intake.answer(/blood thinner/, "Yes");
    await intake.question(/blood flow to your legs or feet is poor/).waitFor();
    await page.getByLabel("Which ones? (optional)").fill("apixaban");
    await page.reload();
    await intake.waitForStep("Bleeding, clots and circulation");
    expect(await page.getByLabel("Which ones? (optional)").inputValue(), "the draft survives").toBe(
      "apixaban",
    );
    await intake.saveAndContinue("Skin and healing");

    // Leave and come back: the wizard resumes at the first step still open.
    await page.goto("/");
    await intake.goto();
    await intake.waitForStep("Skin and healing");
    expect(await intake.progress().textContent()).toBe("Step 4 of 8");

    await intake.answerAll("No");
    await intake.saveAndContinue("Treatments and conditions");
    await intake.answerAll("No");
    await intake.answer(/weak bones/, "Not sure");
    await intake.answer(/insulin, or another diabetes medicine/, "Yes");
    await intake.question(/heart failure, or serious kidney disease/).waitFor();
    await expectNoAxeViolations(page);
    await intake.saveAndContinue("Devices, pregnancy and balance");
    await intake.answerAll("No");
    await intake.answer(/fallen in the last year/, "Yes");
    await intake.answer(/dizzy, light-headed or faint when you stand up/, "Yes");
    await intake.saveAndContinue("Feeling in your body");

    await intake.answer("Is feeling reduced or numb anywhere on your body?", "Yes");
    await intake.tickRegion("Feet", "Left sole of foot");
    await intake.tickRegion("Feet", "Right sole of foot");
    await expectNoAxeViolations(page);
    expect(await smallTargets(page), "region list").toEqual([]);
    await intake.saveAndContinue("For your therapist");
    await intake
      .question("What pressure do you prefer for hands-on work?")
      .getByRole("radio", { name: "Light" })
      .check();
    await intake
      .question("How will you show that something hurts?")
      .getByRole("radio", { name: "I will raise my hand" })
      .check();
    await intake.saveButton().click();

    const results = new SafetyResultsPage(page);
    await results.waitUntilShown();
    await results.therapy("Deep tissue massage").waitFor();
    expect(await results.therapy("Deep tissue massage").textContent()).toMatch(
      /Avoid|Take care|Ask your provider first/,
    );
    expect(await page.getByRole("heading", { name: "Questions still open" }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "safety-results-light");
    expect(await smallTargets(page), "results").toEqual([]);

    await page.emulateMedia({ colorScheme: "dark" });
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(background, "dark styles apply").toBe("rgb(18, 23, 28)");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "safety-results-dark");
    await page.emulateMedia({ colorScheme: "light" });

    await page.getByRole("link", { name: "Your safety sheet for a therapist" }).click();
    const sheet = new SafetySheetPage(page);
    await sheet.waitUntilShown();
    expect(await sheet.sheet().textContent()).toContain("apixaban");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "safety-sheet");
    expect(await smallTargets(page), "sheet").toEqual([]);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible(), "print hides it").toBe(
      false,
    );
    await page.emulateMedia({ media: "screen" });

    const pdfHref = await sheet.pdfLink().getAttribute("href");
    if (pdfHref === null) throw new Error("The PDF link has no address.");
    const pdf = await context.request.get(pdfHref);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");

    await page.goto("/safety/check?therapy=swedish-massage");
    await page.getByRole("heading", { level: 1, name: "Check before a session" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByRole("alert").filter({ hasText: "Please check these answers" }).waitFor();
    await intake.answerAll("No");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    const outcome = page.getByRole("heading", { level: 2, name: /Go ahead|Not today/ });
    await outcome.waitFor();
    expect(await focusedId(page), "the outcome is read first").toBe("outcome-heading");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "safety-check");
    expect(await smallTargets(page), "check").toEqual([]);
  }, 120_000);

  test("answers saved before the questions of reference §7: the new ones are open, a fever stops yoga", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson());
    // Every question of that time answered "no", none of the new keys (as stored before).
    await putAsPerson(context, (userId) => `/api/users/${userId}/safety-intake`, {
      status: "in-progress",
      answers: answersBeforeReview,
      preferences: { pressurePreference: "light", discomfortSignal: "I will say stop" },
    });
    const intake = new SafetyIntakePage(page);
    await intake.goto();
    await intake.waitForStep("Signs to see a doctor about today");
    const newSign = intake.question(/suddenly become warm, red or swollen/);
    expect(await newSign.getByRole("radio", { checked: true }).count(), "not answered").toBe(0);
    await expectNoAxeViolations(page);

    const results = new SafetyResultsPage(page);
    await results.goto();
    await page.getByRole("heading", { name: "Questions still open" }).waitFor();
    expect(await page.getByText(/insulin, or another diabetes medicine/).count()).toBe(1);
    expect(await results.therapy("Mountain pose").textContent()).toMatch(/Ask your provider first/);
    await expectNoAxeViolations(page);

    await page.goto("/safety/check?therapy=yoga-mountain");
    await page.getByRole("heading", { level: 1, name: "Check before a session" }).waitFor();
    await intake.question(/burn or rash, or an area that is hot, swollen or injured/).waitFor();
    await intake.answerAll("No");
    await intake.answer(/fever/, "Yes");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "Not today" }).waitFor();
    await expectNoAxeViolations(page);
  }, 90_000);

  test("an emergency sign: seek care now, and no therapy is presented as fine (at 320 px)", async () => {
    const { context, page } = await browser.open({ viewport: { width: 320, height: 800 } });
    await registerThroughApi(context, aPerson());
    const intake = new SafetyIntakePage(page);
    await intake.goto();
    await intake.answerAll("No");
    await intake.answer(/Sudden shortness of breath/, "Yes");
    await intake.seekCareAlert().waitFor();
    expect(await intake.seekCareAlert().textContent()).toContain("Call your emergency number now");
    expect(await horizontalOverflow(page), "intake at 320 px").toBeLessThanOrEqual(0);
    await intake.saveAndContinue("Signs to see a doctor about today");

    const results = new SafetyResultsPage(page);
    await results.goto();
    await page.getByRole("heading", { name: "Please get medical help now" }).waitFor();
    expect(await page.locator(".verdict-item").count(), "no verdicts while a red flag is up").toBe(
      0,
    );
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page), "results at 320 px").toBeLessThanOrEqual(0);

    await page.goto("/");
    await page.getByRole("heading", { level: 2, name: "A warning sign needs a doctor" }).waitFor();

    await page.goto("/safety/check?therapy=yoga-mountain");
    await page.getByRole("heading", { level: 1, name: "Check before a session" }).waitFor();
    await intake.answerAll("No");
    await intake
      .question(/Any new warning sign/)
      .getByRole("radio", { name: "Yes" })
      .check();
    await page.getByRole("checkbox", { name: /One calf or leg/ }).check();
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "Not today" }).waitFor();
    expect(await horizontalOverflow(page), "check at 320 px").toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });

  test("numb areas from the pain profile are offered in the feeling step", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson());
    await putAsPerson(context, (userId) => `/api/users/${userId}/pain-profile`, {
      causes: [],
      medications: [],
      otherTreatments: [],
      regions: [{ regionId: "left-sole", intensity: 5, qualities: ["numbness", "burning"] }],
    });
    const intake = new SafetyIntakePage(page);
    await intake.goto(7);
    await intake.waitForStep("Feeling in your body");
    await intake.answer("Is feeling reduced or numb anywhere on your body?", "Yes");
    const leftSole = page.getByRole("checkbox", { name: "Left sole of foot", exact: true });
    await leftSole.waitFor();
    expect(await leftSole.isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "Right sole of foot" }).isChecked()).toBe(
      false,
    );
  });
});
