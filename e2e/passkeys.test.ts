import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { SignInPage } from "./pages/sign-in-page.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { horizontalOverflow } from "./support/layout-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";
import { startOwnServer, type OwnServer } from "./support/server-process.js";

/**
 * A server of its own whose public URL is http://localhost:PORT: WebAuthn needs a domain as the
 * relying party id (an IP address such as the shared server's 127.0.0.1 is refused by browsers),
 * and "localhost" counts as a secure context without TLS.
 */
function startLocalhostServer(): Promise<OwnServer> {
  return startOwnServer({
    name: "passkeys",
    publicHost: "localhost",
    env: { REGISTRATIONS_PER_HOUR: "100000" },
  });
}

/** A CDP virtual authenticator on the page: a platform passkey that always says "it is me". */
async function addVirtualAuthenticator(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

describeJourney("passkeys", () => {
  const browser = useBrowser();
  let server: { baseUrl: string; stop(): Promise<void> } | undefined;

  beforeAll(async () => {
    server = await startLocalhostServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function openAt(options: Parameters<typeof browser.open>[0] = {}) {
    if (server === undefined) throw new Error("The localhost server did not start.");
    const session = await browser.open({ baseURL: server.baseUrl, ...options });
    await addVirtualAuthenticator(session.context, session.page);
    return session;
  }

  test("add a passkey, sign out, sign in with it (nothing typed), change the password and erase with it", async () => {
    const { context, page } = await openAt({ viewport: { width: 390, height: 844 } });
    const person = aPerson();
    await registerThroughApi(context, person);

    await page.goto("/settings");
    await page.getByRole("heading", { level: 2, name: "Passkeys" }).waitFor();
    await page.getByText("You have no passkeys yet.").waitFor();
    await page.getByLabel("Name for this passkey").fill("My laptop");
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await page.getByRole("status").filter({ hasText: "Passkey “My laptop” added." }).waitFor();
    const list = page.getByRole("list", { name: "Your passkeys" });
    await list.getByText("My laptop", { exact: true }).waitFor();
    expect(await list.textContent()).toContain("not used yet");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "passkeys-settings");

    await page.getByRole("button", { name: "Sign out on this device" }).click();
    const signIn = new SignInPage(page);
    await signIn.waitUntilShown();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await page.waitForURL((url) => url.pathname !== "/sign-in");
    // Signed in without typing anything: the sign-in form is gone.
    await signIn.heading().waitFor({ state: "detached" });
    const me = await context.request.get("/api/me");
    expect(me.status()).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(person.email);

    await page.goto("/settings");
    await list.getByText(/last used/).waitFor();
    // A new password confirmed with the passkey: the current one is not typed.
    await page.getByLabel("New password", { exact: true }).fill("a fresh and long passphrase");
    await page.getByRole("button", { name: "Change it, confirmed with a passkey" }).click();
    await page.getByRole("status").filter({ hasText: "Your password is changed." }).waitFor();
    await page
      .getByRole("checkbox", { name: /I understand that my account and all my data/ })
      .check();
    await page.getByRole("button", { name: "Delete my account, confirmed with a passkey" }).click();
    await signIn.erasedNotice().waitFor();
    expect((await context.request.get("/api/me")).status()).toBe(401);
  });

  test("remove a passkey; the sign-in page and settings pass axe at 320 px in the dark", async () => {
    const { context, page } = await openAt({
      viewport: { width: 320, height: 800 },
      colorScheme: "dark",
    });
    await registerThroughApi(context, aPerson());
    await page.goto("/settings");
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await page.getByRole("status").filter({ hasText: "added." }).waitFor();
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "Remove passkey This device" }).click();
    await page.getByText("You have no passkeys yet.").waitFor();
    expect(
      await page
        .getByRole("button", { name: "Delete my account, confirmed with a passkey" })
        .count(),
    ).toBe(0);

    await page.getByRole("button", { name: "Sign out on this device" }).click();
    await new SignInPage(page).waitUntilShown();
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The removed passkey is still on the device; the server no longer knows it.
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("passkey was not recognised");
  });
});
