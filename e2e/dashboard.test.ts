import { expect, test } from "vitest";
import { DashboardPage } from "./pages/dashboard-page.js";
import { DiaryPage } from "./pages/diary-page.js";
import { describeJourney, useBrowser } from "./support/journey.js";
import { aPerson, registerThroughApi } from "./support/people.js";

describeJourney("dashboard measure", () => {
  const browser = useBrowser();

  test("measure", async () => {
    const { context, page } = await browser.open({ viewport: { width: 390, height: 844 } });
    const person = aPerson();
    await registerThroughApi(context, person);
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    await dashboard.waitUntilShown(person.displayName);
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: "/tmp/uxd/dash.png", fullPage: true });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const diary = new DiaryPage(page);
    await diary.choose("Pain right now", 6);
    await page.getByRole("button", { name: "Save pain now" }).click();
    await expect.poll(() => diary.quickLogStatus().textContent()).toContain("Saved: pain 6");
    const box = await diary.quickLogStatus().boundingBox();
    const scrollY = await page.evaluate(() => window.scrollY);
    console.log(
      `MEASURE height=${height} screens=${(height / 844).toFixed(2)} confirmation=${JSON.stringify(box)} scrollY=${scrollY}`,
    );
    const widths = [320, 360, 390];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 844 });
      const rows = await page.evaluate(() => {
        const frame = document.querySelector(".quick-log .score-scale__frame")?.getBoundingClientRect().width; const tops = [frame, ...document.querySelectorAll(".quick-log .score-scale__option")].map((el) => typeof el === "number" || el === undefined ? el :
          Math.round(el.getBoundingClientRect().top),
        );
        return tops;
      });
      console.log(`MEASURE width=${width} tops=${rows.join(",")}`);
    }
  });
});
