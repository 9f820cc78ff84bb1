import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { tabTo } from "./pages/keyboard.js";
import { ProfilePage } from "./pages/profile-page.js";
import { countTaps } from "./pages/tap-counter.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, useBrowser } from "./support/journey.js";
import { horizontalOverflow } from "./support/layout-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";

const screenshotDir = fileURLToPath(new URL("../.test-artifacts/screenshots/", import.meta.url));
const phone = { width: 390, height: 844 };
const handAndFootLabels = [
  "Left palm",
  "Right fingers",
  "Left back of hand",
  "Right top of foot",
  "Left toes",
  "Right heel",
  "Left sole of foot",
];

describeJourney("pain profile body map", () => {
  const browser = useBrowser();

  test("both hands and both feet, burning and tingling, 6: at most 8 taps on a phone", async () => {
    const { context, page } = await browser.open({ viewport: phone });
    await registerThroughApi(context, aPerson());
    const counter = await countTaps(page);
    const profile = new ProfilePage(page);
    await profile.goto();
    const map = profile.bodyMap();
    const before = await counter.taps();

    await map.shortcut("Both hands").click();
    await map.shortcut("Both feet").click();
    expect(await map.count().textContent()).toBe("14 areas chosen.");
    expect(await map.shortcut("Both feet").getAttribute("aria-pressed")).toBe("true");
    await map.rateAll(6);
    await map.sharedQuality("Burning").click();
    await map.sharedQuality("Tingling / pins and needles").click();
    await profile.save();

    const taps = (await counter.taps()) - before;
    process.stdout.write(`[body map] AFTER taps: ${taps}\n`);
    expect(taps).toBeLessThanOrEqual(8);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    process.stdout.write(
      `[body map] AFTER page height: ${height} px = ${(height / phone.height).toFixed(1)} screens\n`,
    );

    // Every area says the same, on the figure (a number in a badge) and in the saved profile.
    await map.viewButton("Front").click();
    await map.root().scrollIntoViewIfNeeded();
    const box = await map.root().boundingBox();
    if (box !== null) {
      await mkdir(screenshotDir, { recursive: true });
      await page.screenshot({
        path: `${screenshotDir}body-map-390-hands-and-feet.png`,
        fullPage: true,
        clip: {
          x: box.x,
          y: box.y + (await page.evaluate(() => window.scrollY)),
          width: box.width,
          height: phone.height,
        },
      });
    }
    const targets = await map
      .root()
      .locator(".body-figure__target")
      .evaluateAll((shapes) =>
        shapes.map((shape) => {
          const rect = shape.getBoundingClientRect();
          return Math.min(rect.width, rect.height);
        }),
      );
    const small = targets.filter((size) => size < 44).length;
    process.stdout.write(
      `[body map] figure targets at 390 px: ${targets.length - small} of ${targets.length} at least 44 px; smallest ${Math.round(Math.min(...targets))} px\n`,
    );
    const badge = map.root().locator('[data-badge="left-palm"]');
    expect(await badge.textContent()).toBe("6");
    const isAboveHatching = await badge.evaluate((element) =>
      [...document.querySelectorAll(".body-figure__pattern")].every(
        (pattern) => pattern.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    );
    expect(isAboveHatching, "the number is drawn above every hatching").toBe(true);
    expect(await map.foldedArea("Left palm").textContent()).toContain(
      "6, burning, tingling / pins and needles",
    );

    await page.reload();
    await profile.saveButton().waitFor();
    for (const label of handAndFootLabels) {
      expect(await map.checkedIntensity(label), label).toBe("6");
    }
    expect(await map.regionCheckbox("Right palm").isChecked()).toBe(true);
    expect(await map.regionCheckbox("Left knee").isChecked()).toBe(false);
  });

  test("the shortcuts and the shared answer by keyboard alone", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson());
    const profile = new ProfilePage(page);
    await profile.goto();
    const map = profile.bodyMap();

    await tabTo(page, profile.cause("Not known"));
    await page.keyboard.press("Space");
    await tabTo(page, map.shortcut("Both legs below the knee"));
    await page.keyboard.press("Enter");
    expect(await map.count().textContent()).toBe("12 areas chosen.");
    await tabTo(page, map.sharedIntensity().locator("input").first());
    await page.keyboard.press("4");
    await tabTo(
      page,
      map
        .root()
        .getByRole("checkbox", { name: /^Numbness/ })
        .first(),
    );
    await page.keyboard.press("Space");
    await tabTo(page, profile.saveButton());
    await page.keyboard.press("Enter");
    await profile.savedMessage().waitFor();

    await page.reload();
    await profile.saveButton().waitFor();
    expect(await map.checkedIntensity("Left shin")).toBe("4");
    expect(await map.checkedIntensity("Right calf")).toBe("4");
    expect(await map.regionCheckbox("Left knee").isChecked()).toBe(false);
  });

  test("the list is an equal way in, one area keeps its own scale open", async () => {
    const { context, page } = await browser.open({ viewport: phone });
    await registerThroughApi(context, aPerson());
    const profile = new ProfilePage(page);
    await profile.goto();
    const map = profile.bodyMap();
    await map.listToggle().click();
    await map.regionCheckbox("Left heel").check();
    expect(await map.intensityGroup("Left heel").isVisible()).toBe(true);
    await map.regionCheckbox("Right heel").check();
    // Two areas: the shared answer appears, each area folds under its summary.
    await map.rateAll(3);
    expect(await map.foldedArea("Right heel").textContent()).toContain("3");
    await map.rate("Right heel", 8);
    expect(await map.checkedIntensity("Left heel")).toBe("3");
    expect(await map.checkedIntensity("Right heel")).toBe("8");
    expect(await map.sharedIntensity().locator("input:checked").count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  for (const [name, viewport] of [
    ["320 px", { width: 320, height: 800 }],
    ["desktop", { width: 1280, height: 900 }],
  ] as const) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`axe finds nothing at ${name}, ${colorScheme} theme, with areas chosen`, async () => {
        const { context, page } = await browser.open({ viewport, colorScheme });
        await registerThroughApi(context, aPerson());
        const profile = new ProfilePage(page);
        await profile.goto();
        const map = profile.bodyMap();
        await map.shortcut("Both feet").click();
        await map.shape("right-palm").click();
        await map.rateAll(7);
        await map.listToggle().click();
        await expectNoAxeViolations(page);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        if (name === "320 px" && colorScheme === "light") {
          // Figure targets: measured, the small ones listed (the shortcuts and list are the way in).
          const small = await map
            .root()
            .locator(".body-figure__target")
            .evaluateAll((targets) =>
              targets
                .map((target) => {
                  const box = target.getBoundingClientRect();
                  const id = target.parentElement?.getAttribute("data-region") ?? "";
                  return { id, width: Math.round(box.width), height: Math.round(box.height) };
                })
                .filter((box) => box.width < 44 || box.height < 44),
            );
          process.stdout.write(
            `[body map] figure targets under 44 px at 320: ${JSON.stringify(small)}\n`,
          );
        }
        await mkdir(screenshotDir, { recursive: true });
        await map.root().screenshot({
          path: `${screenshotDir}body-map-${name === "320 px" ? "320" : "desktop"}-${colorScheme}.png`,
        });
      });
    }
  }
});
