import { expect, test } from "vitest";
import { DashboardPage } from "./pages/dashboard-page.js";
import { RegisterPage } from "./pages/register-page.js";
import { SettingsPage } from "./pages/settings-page.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { horizontalOverflow, layoutShiftSoFar, smallTargets } from "./support/layout-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";

describeJourney("app shell", () => {
  const browser = useBrowser();

  test("areas still to come are not in the menu or on the dashboard", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson());
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    await dashboard.waitUntilShown("Alex");
    await page.getByRole("heading", { level: 2, name: "Today", exact: true }).waitFor();

    const menu = dashboard.navigation();
    await menu.getByRole("link", { name: "Diary" }).waitFor();
    for (const name of ["Progress", "Reports"]) {
      expect(await menu.getByRole("link", { name }).count(), `${name} in the menu`).toBe(0);
    }
    // The areas built since: each in the menu once.
    for (const name of ["Sessions", "Costs", "Find a therapist", "Care team"]) {
      expect(
        await menu.getByRole("link", { name, exact: true }).count(),
        `${name} in the menu`,
      ).toBe(1);
    }
    expect(await page.getByText(/coming soon/i).count(), "coming soon on the dashboard").toBe(0);
    expect(await page.getByText("Coming to PainPlan").count()).toBe(0);
  });

  test("an old link to an area still to come opens a gentle page with a way back", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson());

    await page.goto("/progress");
    const heading = page.getByRole("heading", { level: 1, name: "Progress is coming soon" });
    await heading.waitFor();
    expect(await page.title()).toBe("Progress · PainPlan");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Back to your dashboard" }).click();
    await new DashboardPage(page).waitUntilShown("Alex");
  });

  test.each([
    { name: "desktop", viewport: { width: 1350, height: 940 } },
    { name: "phone", viewport: { width: 390, height: 844 } },
  ])(
    "the dashboard does not move as it loads ($name, layout shift ≤ 0.1)",
    async ({ viewport }) => {
      const { context, page } = await browser.open({ viewport });
      await registerThroughApi(context, aPerson());
      const dashboard = new DashboardPage(page);
      await dashboard.goto();
      await dashboard.waitUntilShown("Alex");
      await page.getByRole("heading", { level: 2, name: "Before you try a therapy" }).waitFor();
      await page.waitForLoadState("networkidle");

      expect(await layoutShiftSoFar(page)).toBeLessThanOrEqual(0.1);
    },
  );

  test("on a phone Sign out is not next to Menu but ends the opened menu", async () => {
    const { context, page } = await browser.open({ viewport: { width: 390, height: 844 } });
    await registerThroughApi(context, aPerson());
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    await dashboard.waitUntilShown("Alex");
    const signOut = () => page.getByRole("button", { name: "Sign out" });
    expect(await page.getByRole("banner").getByRole("button", { name: "Sign out" }).count()).toBe(
      0,
    );
    expect(await signOut().count(), "no Sign out while the menu is closed").toBe(0);

    await dashboard.menuButton().click();
    const inMenu = dashboard.navigation().getByRole("button", { name: "Sign out" });
    await inMenu.waitFor();
    const menuItems = await dashboard
      .navigation()
      .locator("li")
      .evaluateAll((items) => items.map((item) => item.textContent.trim()));
    expect(menuItems.at(-1), "Sign out is the last item").toBe("Sign out");
    const menuBox = await dashboard.menuButton().boundingBox();
    const signOutBox = await inMenu.boundingBox();
    expect((signOutBox?.y ?? 0) - ((menuBox?.y ?? 0) + (menuBox?.height ?? 0))).toBeGreaterThan(
      200,
    );
    await expectNoAxeViolations(page);

    await inMenu.click();
    await page.waitForURL((url) => url.pathname !== "/");
  });

  test("on a wide screen Sign out stays in the header and not in the navigation", async () => {
    const { context, page } = await browser.open({ viewport: { width: 1350, height: 940 } });
    await registerThroughApi(context, aPerson());
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    await dashboard.waitUntilShown("Alex");
    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).waitFor();
    expect(await dashboard.navigation().getByRole("button", { name: "Sign out" }).count()).toBe(0);
  });

  test("the skip link is the first stop and moves focus to the main content", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson());
    await new DashboardPage(page).goto();
    await new DashboardPage(page).waitUntilShown("Alex");

    await page.keyboard.press("Tab");
    const skipLink = page.getByRole("link", { name: "Skip to main content" });
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main-content");
  });

  test("every target is at least 44 × 44 px", async () => {
    const { context, page } = await browser.open();
    await new RegisterPage(page).goto();
    expect(await smallTargets(page), "register").toEqual([]);

    await registerThroughApi(context, aPerson());
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    await dashboard.waitUntilShown("Alex");
    expect(await smallTargets(page), "dashboard").toEqual([]);
    expect(await dashboard.menuButton().isVisible(), "no Menu button on wide screens").toBe(false);
    await new SettingsPage(page).goto();
    expect(await smallTargets(page), "settings").toEqual([]);
  });

  for (const width of [640, 320]) {
    test(`at ${width} px wide (200 % and 400 % zoom) nothing scrolls sideways`, async () => {
      const { context, page } = await browser.open({ viewport: { width, height: 800 } });
      await new RegisterPage(page).goto();
      expect(await horizontalOverflow(page), "register").toBeLessThanOrEqual(0);

      await registerThroughApi(context, aPerson());
      const dashboard = new DashboardPage(page);
      await dashboard.goto();
      await dashboard.waitUntilShown("Alex");
      expect(await horizontalOverflow(page), "dashboard").toBeLessThanOrEqual(0);

      await dashboard.menuButton().click();
      await dashboard.navigation().getByRole("link", { name: "Settings" }).waitFor();
      expect(await dashboard.menuButton().getAttribute("aria-expanded")).toBe("true");
      expect(await horizontalOverflow(page), "menu open").toBeLessThanOrEqual(0);
      expect(await smallTargets(page), "menu open").toEqual([]);
      await saveScreenshot(page, `dashboard-menu-${width}`);
      await expectNoAxeViolations(page);

      await dashboard.openArea("Settings");
      await new SettingsPage(page).waitUntilShown();
      expect(await horizontalOverflow(page), "settings").toBeLessThanOrEqual(0);
    });
  }
});
