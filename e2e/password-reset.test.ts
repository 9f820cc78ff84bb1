import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DashboardPage } from "./pages/dashboard-page.js";
import { ForgotPasswordPage, ResetPasswordPage } from "./pages/password-reset-pages.js";
import { SignInPage } from "./pages/sign-in-page.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { launchBrowser, openSession, type AppSession } from "./support/browser.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { startServerWithMail, type ServerWithMail } from "./support/mail-server.js";
import { aPerson, registerThroughApi } from "./support/people.js";

/** The reset link in the last e-mail (quoted-printable soft breaks and "=3D" undone). */
function linkIn(mails: string[]): string {
  const text = (mails.at(-1) ?? "").replace(/=\r?\n/g, "").replace(/=3D/g, "=");
  const link = /(http:\/\/\S+\/reset-password#token=[\w-]+)/.exec(text)?.[1];
  if (link === undefined) throw new Error("No reset link in the e-mail.");
  return link;
}

describeJourney("forgotten password", () => {
  const sharedBrowser = useBrowser();

  test("without e-mail, the page says whom to ask", async () => {
    const { page } = await sharedBrowser.open();
    const signIn = new SignInPage(page);
    const forgot = new ForgotPasswordPage(page);
    await signIn.goto();
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await forgot.waitUntilShown();
    await expectNoAxeViolations(page);
    await forgot.ask(aPerson().email);
    await expect
      .poll(() => forgot.errorSummary().textContent())
      .toContain("ask the person who runs it");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "forgot-password-no-email");
  });

  describe("with e-mail", () => {
    let server: ServerWithMail;
    let browser: Browser;
    let session: AppSession | undefined;
    beforeAll(async () => {
      server = await startServerWithMail();
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await session?.context.close();
      await browser.close();
      await server.stop();
    });

    test("a link by e-mail sets a new password, once", async () => {
      session = await openSession(browser, server.baseUrl);
      const { context, page } = session;
      const person = aPerson();
      await registerThroughApi(context, person);
      await context.clearCookies();
      const signIn = new SignInPage(page);
      const forgot = new ForgotPasswordPage(page);
      const reset = new ResetPasswordPage(page);

      await signIn.goto();
      await page.getByRole("link", { name: "Forgot your password?" }).click();
      await forgot.waitUntilShown();
      await forgot.ask(person.email);
      await page.getByRole("status").filter({ hasText: "we have sent it a link" }).waitFor();
      await expectNoAxeViolations(page);

      const link = linkIn(server.received);
      await reset.open(link);
      await expectNoAxeViolations(page);
      await reset.choose("too short");
      await expect.poll(() => reset.newPassword().getAttribute("aria-invalid")).toBe("true");
      const newPassword = "a fresh start passphrase";
      await reset.choose(newPassword);
      await reset.done().waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, "reset-password-done");

      await page.getByRole("link", { name: "Sign in" }).click();
      await signIn.waitUntilShown();
      await signIn.signIn(person.email, newPassword);
      await new DashboardPage(page).waitUntilShown(person.displayName);

      await context.clearCookies();
      await reset.open(link);
      await reset.choose("yet another passphrase");
      await expect
        .poll(() => page.getByRole("alert").textContent())
        .toContain("expired or was already used");
      expect(session.problems).toEqual([]);
    });
  });
});
