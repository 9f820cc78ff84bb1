import { expect, test } from "vitest";
import { DashboardPage } from "./pages/dashboard-page.js";
import { QuestionnairesPage } from "./pages/questionnaires-page.js";
import { SettingsPage } from "./pages/settings-page.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { aPerson, registerThroughApi } from "./support/people.js";

describeJourney("questionnaires", () => {
  const browser = useBrowser();

  test("complete a PEG: the score has one decimal and says why", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson());
    const questionnaires = new QuestionnairesPage(page);
    await questionnaires.goto();
    await expectNoAxeViolations(page);

    await questionnaires.start("PEG");
    await expectNoAxeViolations(page);
    await questionnaires.answer(1, 6);
    await questionnaires.answer(2, 5);
    await questionnaires.submitButton().click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("Please choose an answer.");
    await questionnaires.answer(3, 5);
    await questionnaires.submit();

    const main = page.locator("main");
    await expect.poll(() => main.textContent()).toContain("5.3 on a scale from 0 to 10");
    await expect.poll(() => main.textContent()).toContain("one decimal");
    // The result leads on to the next check-in instead of ending the journey.
    const next = page.getByRole("region", { name: "Your next check-in" });
    await next.waitFor();
    expect(await next.textContent()).toContain("Mood check (PHQ-2) is due today.");
    expect(await next.getByRole("link", { name: "Start PHQ-2" }).getAttribute("href")).toBe(
      "/questionnaires/phq-2",
    );
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "questionnaire-peg-result");
  });

  test("a positive mood screen answers kindly, with crisis support one tap away", async () => {
    const { context, page } = await browser.open({ colorScheme: "dark" });
    await registerThroughApi(context, aPerson({ timeZone: "America/Toronto" }));
    const questionnaires = new QuestionnairesPage(page);
    await questionnaires.goto();
    await questionnaires.start("PHQ-2");
    expect(await questionnaires.crisisSupport().isVisible(), "shown before answering").toBe(true);
    const options = page.getByRole("group", { name: /^1\. / }).getByRole("radio");
    const count = await options.count();
    for (const number of [1, 2]) {
      await page
        .getByRole("group", { name: new RegExp(`^${number}\\. `) })
        .getByRole("radio")
        .nth(count - 1)
        .check();
    }
    await questionnaires.submit();
    await questionnaires.crisisSupport().waitFor();
    // Canada's line (REFERENCE §8), chosen from the Toronto time zone: never the US one.
    const crisis = questionnaires.crisisSupport();
    expect(await crisis.getByRole("link", { name: "Call 9-8-8" }).getAttribute("href")).toBe(
      "tel:988",
    );
    expect(await crisis.textContent()).not.toContain("United States");
    expect(await page.locator("main").textContent()).toContain("suggest");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "questionnaire-phq2-dark");
  });

  test("the crisis panel follows the person's country, set in Settings", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson({ timeZone: "Europe/Paris" }));
    const questionnaires = new QuestionnairesPage(page);
    await questionnaires.goto();
    await questionnaires.start("PHQ-2");
    const crisis = questionnaires.crisisSupport();
    await expect.poll(() => crisis.textContent()).toContain("local emergency number");
    expect(await crisis.textContent()).toContain("international directory of helplines");
    expect(await crisis.textContent()).not.toMatch(/988|United States/);
    await expectNoAxeViolations(page);

    const settings = new SettingsPage(page);
    await settings.goto();
    await settings.saveCountry("United Kingdom");
    await expectNoAxeViolations(page);
    await questionnaires.goto();
    await questionnaires.start("PHQ-2");
    expect(await crisis.getByRole("link", { name: "Call 116 123" }).getAttribute("href")).toBe(
      "tel:116123",
    );
    expect(await crisis.textContent()).toContain("Samaritans");
  });

  test("licensed questionnaires that are not installed are not listed for a patient; a link explains", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson());
    const questionnaires = new QuestionnairesPage(page);
    await questionnaires.goto();
    await questionnaires.card(/PEG/).waitFor();
    expect(await questionnaires.card(/DN4/).count(), "no dead end in the list").toBe(0);
    expect(await page.locator("main").textContent()).not.toContain("Not available");

    await page.goto("/questionnaires/dn4");
    await expect.poll(() => page.locator("main").textContent()).toContain("copyrighted");
    await expectNoAxeViolations(page);
  });

  test("due check-ins show on the dashboard, and a due one can be skipped", async () => {
    const { context, page } = await browser.open();
    const person = aPerson();
    await registerThroughApi(context, person);
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    await dashboard.waitUntilShown(person.displayName);
    const due = page.getByRole("region", { name: "Check-ins for today" });
    await due.getByRole("link", { name: /PEG/ }).click();
    const questionnaires = new QuestionnairesPage(page);
    await questionnaires.submitButton().waitFor();

    await questionnaires.goto();
    const dueList = page.getByRole("region", { name: "Due today" });
    await dueList.getByRole("button", { name: "Skip for now (PEG)" }).click();
    await expect.poll(() => dueList.getByRole("article", { name: /PEG/ }).count()).toBe(0);
    expect(await questionnaires.card(/PEG/).textContent()).toContain("Suggested every");
  });

  test("PGIC asks for a start date first, then about change since then", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson());
    const questionnaires = new QuestionnairesPage(page);
    await page.goto("/questionnaires/pgic");
    const startDate = page.getByLabel("Start date for “how have things changed?”");
    await startDate.fill("2026-01-05");
    await page.getByRole("button", { name: "Save start date" }).click();
    await questionnaires.submitButton().waitFor();
    expect(await page.locator("main").textContent()).toContain(
      "Compared with your start date, 5 January 2026.",
    );
    await expectNoAxeViolations(page);

    await questionnaires.choose(1, "Much improved");
    await questionnaires.submit();
    await expect
      .poll(() => page.locator("main").textContent())
      .toContain("Compared with your start date");
    await expectNoAxeViolations(page);
  });
});
