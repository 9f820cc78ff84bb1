import { expect, test } from "vitest";
import { tabTo } from "./pages/keyboard.js";
import { ProfilePage } from "./pages/profile-page.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { horizontalOverflow, smallTargets } from "./support/layout-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";

describeJourney("pain profile", () => {
  const browser = useBrowser();

  test("fill the profile with the mouse, the body map by tapping the figure", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson());
    const profile = new ProfilePage(page);
    await profile.goto();
    await expectNoAxeViolations(page);

    await profile.cause("Diabetes, type 2").check();
    await page.getByRole("radio", { name: "Yes" }).check();
    await page.getByLabel("Diabetes, type 2: year the pain started (optional)").fill("2018");
    await profile.addMedicine({
      name: "Pregabalin",
      dose: "75",
      unit: "mg",
      frequency: "twice a day",
    });
    await profile.addMedicine({ name: "Amitriptyline", dose: "10", unit: "mg", frequency: "" });
    await page.getByRole("button", { name: "Remove Amitriptyline" }).click();
    await page.getByRole("button", { name: "Add a treatment" }).click();
    await page.locator("#profile-treatment-0-name").fill("TENS machine");

    const map = profile.bodyMap();
    await map.tapShape("Back", "left-sole");
    await map.tapShape("Front", "right-palm");
    expect(await map.count().textContent()).toBe("2 areas chosen.");
    expect(await map.regionCheckbox("Left sole of foot").isChecked(), "the list follows").toBe(
      true,
    );

    await profile.saveButton().click();
    await expect
      .poll(() => profile.errorSummary().textContent())
      .toContain("Choose a number for your left sole of foot");
    await expectNoAxeViolations(page);

    await map.rate("Left sole of foot", 6);
    await map.rate("Right palm", 3);
    await profile.save();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "profile-saved");

    await page.reload();
    await profile.heading().waitFor();
    await profile.saveButton().waitFor();
    expect(await profile.cause("Diabetes, type 2").isChecked()).toBe(true);
    expect(await profile.medicineField(0, "name").inputValue()).toBe("Pregabalin");
    expect(await page.locator("[id^='profile-medication-'][id$='-name']").count()).toBe(1);
    expect(await map.checkedIntensity("Left sole of foot")).toBe("6");
    expect(await map.checkedIntensity("Right palm")).toBe("3");

    await profile.learnLink().click();
    await page.getByRole("heading", { level: 1, name: "Understanding neuropathic pain" }).waitFor();
    await page.getByRole("heading", { name: "When to get help" }).waitFor();
    await expectNoAxeViolations(page);
  });

  test("fill the body map with the keyboard only", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson());
    const profile = new ProfilePage(page);
    await profile.goto();
    const map = profile.bodyMap();

    await tabTo(page, profile.cause("Not known"));
    await page.keyboard.press("Space");
    await tabTo(page, map.listToggle());
    await page.keyboard.press("Enter");
    await tabTo(page, map.regionCheckbox("Right sole of foot"));
    await page.keyboard.press("Space");
    await tabTo(page, map.intensityGroup("Right sole of foot").locator("input").first());
    for (let press = 0; press < 5; press += 1) await page.keyboard.press("ArrowRight");
    await tabTo(page, profile.saveButton());
    await page.keyboard.press("Enter");
    await profile.savedMessage().waitFor();

    await page.reload();
    await profile.saveButton().waitFor();
    expect(await profile.cause("Not known").isChecked()).toBe(true);
    expect(await map.checkedIntensity("Right sole of foot")).toBe("5");
  });

  test("a draft survives a reload; big targets; nothing scrolls sideways at 320 px", async () => {
    const { context, page } = await browser.open({ viewport: { width: 320, height: 800 } });
    await registerThroughApi(context, aPerson());
    const profile = new ProfilePage(page);
    await profile.goto();
    await profile.addMedicine({ name: "Duloxetine", dose: "30", unit: "mg", frequency: "daily" });
    await profile.bodyMap().tapShape("Front", "left-toes");

    await page.reload();
    await profile.saveButton().waitFor();
    expect(await profile.medicineField(0, "name").inputValue()).toBe("Duloxetine");
    expect(await profile.bodyMap().regionCheckbox("Left toes").isChecked()).toBe(true);

    await profile.bodyMap().listToggle().click();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await smallTargets(page)).toEqual([]);
    await saveScreenshot(page, "profile-320");
  });
});
