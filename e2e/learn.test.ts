import { expect, test } from "vitest";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, useBrowser } from "./support/journey.js";

/**
 * The education page is open to everyone. Its crisis support follows the visitor's country (the
 * device's time zone when nobody is signed in): never another country's line (issue 10).
 */
describeJourney("learn: crisis support by country", () => {
  const browser = useBrowser();

  async function crisisTextFor(timezoneId: string): Promise<string> {
    const { page } = await browser.open({ timezoneId });
    await page.goto("/learn/neuropathic-pain");
    await page.getByRole("heading", { name: "When to get help" }).waitFor();
    const panel = page.locator(".crisis-support");
    await panel.waitFor();
    await expectNoAxeViolations(page);
    return (await panel.textContent()) ?? "";
  }

  test("a visitor in London sees Samaritans, not the US line", async () => {
    const text = await crisisTextFor("Europe/London");
    expect(text).toContain("Samaritans");
    expect(text).toContain("116 123");
    expect(text).not.toMatch(/988/);
  });

  test("a visitor in New York sees 988", async () => {
    const text = await crisisTextFor("America/New_York");
    expect(text).toContain("988");
  });

  test("a visitor in a zone of no listed country gets the local emergency number only", async () => {
    const text = await crisisTextFor("Asia/Kolkata");
    expect(text).not.toMatch(/988|116 123|Samaritans/);
    expect(text).toContain("local emergency number");
  });
});
