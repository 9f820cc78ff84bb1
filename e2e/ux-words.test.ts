import { expect, test } from "vitest";
import { DiaryPage } from "./pages/diary-page.js";
import { QuestionnairesPage } from "./pages/questionnaires-page.js";
import { TherapyLibraryPage } from "./pages/therapy-library-page.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { horizontalOverflow } from "./support/layout-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";

const sizes = [
  { name: "320", viewport: { width: 320, height: 700 } },
  { name: "desktop", viewport: { width: 1280, height: 900 } },
] as const;
const schemes = ["light", "dark"] as const;
const phone = { width: 390, height: 844 };

/** Issue 14: the welcome page, the library's cards and search, in both themes at both sizes. */
describeJourney("welcome page and library", () => {
  const browser = useBrowser();

  for (const size of sizes) {
    for (const colorScheme of schemes) {
      test(`welcome page and library pass axe (${size.name}, ${colorScheme})`, async () => {
        const { context, page } = await browser.open({ viewport: size.viewport, colorScheme });
        await page.goto("/");
        await page.waitForURL("**/welcome");
        await page.getByRole("heading", { level: 1, name: /^PainPlan: / }).waitFor();
        const main = page.locator("main");
        expect(await main.textContent()).toContain("not a diagnosis");
        expect(await main.textContent()).toContain("neuropathic pain");
        expect(
          await page.getByRole("link", { name: "Create an account" }).getAttribute("href"),
        ).toBe("/register");
        expect(await page.getByRole("link", { name: "Sign in" }).first().getAttribute("href")).toBe(
          "/sign-in",
        );
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page);
        await saveScreenshot(page, `welcome-${size.name}-${colorScheme}`);

        await registerThroughApi(context, aPerson());
        const library = new TherapyLibraryPage(page);
        await library.goto();
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page);
        await library.search().fill("feet");
        await expect.poll(() => library.cardNames().allTextContents()).toContain("Mountain pose");
        expect(await page.locator(".therapy-card svg[aria-hidden='true']").count()).toBe(
          await library.cards().count(),
        );
        await expectNoAxeViolations(page);
        await saveScreenshot(page, `library-feet-${size.name}-${colorScheme}`);
      });
    }
  }

  for (const size of sizes) {
    for (const colorScheme of schemes) {
      test(`sources, check-ins and the diary form pass axe (${size.name}, ${colorScheme})`, async () => {
        const { context, page } = await browser.open({ viewport: size.viewport, colorScheme });
        await registerThroughApi(context, aPerson());

        // A therapy's sources: where each link goes, no review jargon.
        await page.goto("/therapies/swedish-massage");
        const sources = page.getByRole("region", { name: "What research says" });
        await sources.waitFor();
        const sourceText = (await sources.textContent()) ?? "";
        expect(sourceText).toContain("Opens the publisher's page.");
        expect(sourceText).not.toContain("checked against");
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page);

        const questionnaires = new QuestionnairesPage(page);
        await questionnaires.goto();
        expect(await questionnaires.card(/DN4/).count()).toBe(0);
        await expectNoAxeViolations(page);
        await questionnaires.start("PEG");
        await questionnaires.answer(1, 4);
        await questionnaires.answer(2, 3);
        await questionnaires.answer(3, 5);
        await questionnaires.submit();
        await page.getByRole("region", { name: "Your next check-in" }).waitFor();
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page);

        const diary = new DiaryPage(page);
        await diary.gotoNewEntry();
        await page
          .getByText(/ at \d\d:\d\d$/)
          .first()
          .waitFor();
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page);
        await saveScreenshot(page, `diary-new-${size.name}-${colorScheme}`);
      });
    }
  }

  test("the welcome page's message and buttons fit one phone screen; the library is shorter", async () => {
    const { context, page } = await browser.open({ viewport: phone });
    await page.goto("/");
    const create = page.getByRole("link", { name: "Create an account" });
    await create.waitFor();
    const box = await create.boundingBox();
    expect(box?.y ?? Infinity).toBeLessThan(phone.height - 60);
    const welcome = await page.evaluate(() => document.documentElement.scrollHeight);

    await registerThroughApi(context, aPerson());
    const library = new TherapyLibraryPage(page);
    await library.goto();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // Before issue 14: 11,629 px (13.8 screens) for the 28 cards.
    expect(height / phone.height).toBeLessThan(12);
    process.stdout.write(
      `MEASURE welcome ${welcome}px = ${(welcome / phone.height).toFixed(1)} screens; library ${height}px = ${(height / phone.height).toFixed(1)} screens\n`,
    );
    const cardTexts = await library.cards().allTextContents();
    const sentences = cardTexts.flatMap((text) => text.split(/(?<=\.)\s/));
    const repeated = sentences.filter(
      (sentence) => sentences.filter((other) => other === sentence).length > 3,
    );
    expect(repeated, "no sentence on more than three cards").toEqual([]);
  });
});
