import { expect, test } from "vitest";
import { SettingsPage } from "./pages/settings-page.js";
import { SignInPage } from "./pages/sign-in-page.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { aPerson, registerThroughApi } from "./support/people.js";

describeJourney("erasure", () => {
  const browser = useBrowser();

  test("delete the account from Settings: a last copy offered, confirmed, password again", async () => {
    const { context, page } = await browser.open();
    const person = aPerson();
    await registerThroughApi(context, person);
    const settings = new SettingsPage(page);
    const signIn = new SignInPage(page);

    await settings.goto();
    // The last copy: the diary exports, downloadable from the same section.
    const csv = await settings.lastCopyLink("CSV").getAttribute("href");
    const download = await context.request.get(csv ?? "");
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toContain("attachment");
    await expectNoAxeViolations(page);

    // Not confirmed: nothing happens but an explanation beside the box.
    await settings.erasurePassword().fill(person.password);
    await settings.deleteAccount();
    await settings.erasureErrors().waitFor();
    await expect.poll(() => settings.erasureConfirmed().getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page);

    // A wrong password: explained beside the field, nothing deleted.
    await settings.erasureConfirmed().check();
    await settings.erasurePassword().fill("not my password at all");
    await settings.deleteAccount();
    await expect.poll(() => settings.erasurePassword().getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "erasure-wrong-password");

    await settings.erasurePassword().fill(person.password);
    await settings.deleteAccount();
    await signIn.waitUntilShown();
    await signIn.erasedNotice().waitFor();
    await expectNoAxeViolations(page);

    // Gone for good: the same email and password no longer sign in.
    await signIn.signIn(person.email, person.password);
    await expect.poll(() => signIn.errorSummary().textContent()).toContain("do not match");
  });
});
