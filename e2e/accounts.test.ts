import { expect, test } from "vitest";
import { DashboardPage } from "./pages/dashboard-page.js";
import { RegisterPage } from "./pages/register-page.js";
import { SettingsPage } from "./pages/settings-page.js";
import { SignInPage } from "./pages/sign-in-page.js";
import { accessibleDescription } from "./pages/accessible-description.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { aPerson, registerThroughApi } from "./support/people.js";

describeJourney("accounts", () => {
  const browser = useBrowser();

  test("register, sign out, sign in, change the time zone, sign out", async () => {
    const { page } = await browser.open({ timezoneId: "Europe/Paris" });
    const person = aPerson({ timeZone: "Europe/Paris" });
    const register = new RegisterPage(page);
    const dashboard = new DashboardPage(page);
    const signIn = new SignInPage(page);
    const settings = new SettingsPage(page);

    await register.goto();
    expect(await register.timeZone().inputValue(), "defaults to the device's zone").toBe(
      "Europe/Paris",
    );
    await expectNoAxeViolations(page);

    await register.fill({ ...person, password: "too short" });
    await register.submit();
    const password = register.password();
    await expect.poll(() => password.getAttribute("aria-invalid")).toBe("true");
    expect(await accessibleDescription(password)).toContain("Use at least 12 characters.");
    expect(await register.email().inputValue(), "a failed submit keeps what was typed").toBe(
      person.email,
    );
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "register-error");

    await password.fill(person.password);
    await register.submit();
    await dashboard.waitUntilShown(person.displayName);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "dashboard-light");

    await dashboard.signOut();
    await signIn.waitUntilShown();
    await signIn.notice().waitFor();
    await expectNoAxeViolations(page);

    await signIn.signIn(person.email, person.password);
    await dashboard.waitUntilShown(person.displayName);

    await dashboard.openArea("Settings");
    await settings.waitUntilShown();
    await expectNoAxeViolations(page);
    await settings.saveTimeZone("Pacific/Auckland");
    await page.reload();
    await settings.heading().waitFor();
    expect(await settings.timeZone().inputValue(), "saved on the server").toBe("Pacific/Auckland");

    await settings.signOut();
    await signIn.waitUntilShown();
    await signIn.notice().waitFor();
    expect(new URL(page.url()).search, "no 'come back to settings' after signing out").toBe("");
    await page.goto("/settings");
    await signIn.waitUntilShown();
  });

  test("a wrong password is explained above the form and the email stays", async () => {
    const { context, page } = await browser.open();
    const person = aPerson();
    await registerThroughApi(context, person);
    await context.clearCookies();
    const signIn = new SignInPage(page);

    await signIn.goto();
    await signIn.signIn(person.email, "not my password at all");
    await expect.poll(() => signIn.errorSummary().textContent()).toContain("do not match");
    expect(await signIn.email().inputValue()).toBe(person.email);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "sign-in-error");
  });

  test("changing the password: a wrong current password is marked on that field", async () => {
    const { context, page } = await browser.open();
    const person = aPerson();
    await registerThroughApi(context, person);
    const settings = new SettingsPage(page);
    await settings.goto();

    await settings.changePassword("not my password at all", "a brand new passphrase");
    const current = settings.currentPassword();
    await expect.poll(() => current.getAttribute("aria-invalid")).toBe("true");
    expect(await accessibleDescription(current)).toContain("not your current password");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "settings-password-error");

    await settings.changePassword(person.password, "a brand new passphrase");
    await settings.passwordChangedMessage().waitFor();
  });

  test("a signed-out visitor is sent to sign in and comes back afterwards", async () => {
    const { context, page } = await browser.open();
    const person = aPerson();
    await registerThroughApi(context, person);
    await context.clearCookies();
    const signIn = new SignInPage(page);

    await page.goto("/settings");
    await signIn.waitUntilShown();
    expect(new URL(page.url()).searchParams.get("next")).toBe("/settings");
    await signIn.signIn(person.email, person.password);
    await new SettingsPage(page).waitUntilShown();
  });

  test("a signed-out visit logs no error to the console (no 401 from /api/me)", async () => {
    const { page, diagnostics } = await browser.open();
    const failedRequests: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
    });
    const signIn = new SignInPage(page);

    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: /^PainPlan: / }).waitFor();
    await signIn.goto();
    await page.reload();
    await signIn.heading().waitFor();

    expect(diagnostics, "console errors").toEqual([]);
    expect(failedRequests, "responses with an error status").toEqual([]);
  });

  test("what was typed survives a reload, except the password", async () => {
    const { page } = await browser.open();
    const register = new RegisterPage(page);
    await register.goto();
    await register.displayName().fill("Sam");
    await register.email().fill("sam@example.org");
    await register.password().fill("a secret passphrase");

    await page.reload();
    await register.heading().waitFor();
    expect(await register.displayName().inputValue()).toBe("Sam");
    expect(await register.email().inputValue()).toBe("sam@example.org");
    expect(await register.password().inputValue()).toBe("");
  });

  test("dark mode: register and the dashboard", async () => {
    const { context, page } = await browser.open({ colorScheme: "dark" });
    await new RegisterPage(page).goto();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "register-dark");

    const person = aPerson({ displayName: "Robin" });
    await registerThroughApi(context, person);
    const dashboard = new DashboardPage(page);

    await dashboard.goto();
    await dashboard.waitUntilShown("Robin");
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(background, "dark styles apply").toBe("rgb(18, 23, 28)");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "dashboard-dark");
  });
});
