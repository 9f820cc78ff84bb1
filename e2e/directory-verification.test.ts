import { npiCheckDigit } from "@painplan/core";
import { randomInt, randomUUID } from "node:crypto";
import type { Locator, Page } from "playwright-core";
import { expect, inject, test } from "vitest";
import { DashboardPage } from "./pages/dashboard-page.js";
import { putAsPerson } from "./pages/person-api.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { horizontalOverflow, smallTargets } from "./support/layout-checks.js";
import { aPerson, registerThroughApi, signInThroughApi } from "./support/people.js";

const phone = { viewport: { width: 390, height: 844 } };
const queuePath = "/directory/verification";

/** A valid NPI (its check digit right) no other run uses: the column is unique (shared database). */
function aFreshNpi(): string {
  const identifier = String(randomInt(100_000_000, 1_000_000_000));
  return `${identifier}${String(npiCheckDigit(identifier))}`;
}

/** A practitioner's profile, with one licence and one certificate nobody has verified. */
async function aListedPractitioner(
  browser: ReturnType<typeof useBrowser>,
  profile: { displayName: string; licence: string; npi: string | null; isAccepting: boolean },
): Promise<void> {
  const practitioner = await browser.open();
  await registerThroughApi(practitioner.context, aPerson({ role: "practitioner" }));
  await putAsPerson(practitioner.context, () => "/api/directory/my-profile", {
    displayName: profile.displayName,
    npi: profile.npi,
    currency: "USD",
    isAcceptingNewClients: profile.isAccepting,
    modalities: ["swedish-massage"],
    offersOnline: true,
    prices: { minutes30: null, minutes60: 7500, minutes90: null },
    licences: [{ number: profile.licence, issuer: "NY" }],
    certifications: [{ name: "Oncology massage", issuer: "NCBTMB" }],
  });
}

/** The practitioner's panel in the queue, pressing "Show more" until it is there (shared database). */
async function panelOf(page: Page, name: string): Promise<Locator> {
  const panel = page.getByRole("region", { name });
  const showMore = page.getByRole("button", { name: "Show more" });
  while ((await panel.count()) === 0 && (await showMore.count()) > 0) {
    await showMore.click();
    await page.waitForFunction(
      () => !document.body.textContent.includes("Loading more…"),
      undefined,
      { timeout: 5_000 },
    );
  }
  await panel.waitFor();
  return panel;
}

describeJourney("directory: an admin verifies credentials", () => {
  const browser = useBrowser();

  test("the admin verifies a licence with evidence and it leaves the queue", async () => {
    // A practitioner lists an NPI, a licence and a certificate: none was ever verified by an
    // admin. Another lists no NPI and takes no new clients.
    const tag = randomUUID().slice(0, 6);
    const name = `Ana Gentle ${tag}`;
    const licence = `MT-${tag}`;
    const npi = aFreshNpi();
    await aListedPractitioner(browser, { displayName: name, licence, npi, isAccepting: true });
    const fullName = `Ben Full ${tag}`;
    await aListedPractitioner(browser, {
      displayName: fullName,
      licence: `MT-B${tag}`,
      npi: null,
      isAccepting: false,
    });

    const { context, page } = await browser.open(phone);
    await signInThroughApi(context, inject("admin"));
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    await dashboard.waitUntilShown("Admin Ada");
    await dashboard.menuButton().click();
    await dashboard.navigation().getByRole("link", { name: "Check credentials" }).click();
    await page.getByRole("heading", { level: 1, name: "Check credentials" }).waitFor();

    const panel = await panelOf(page, name);
    // The NPI and "taking new clients" above the credentials; the registry one tap away.
    await panel.getByText(`NPI ${npi}: check digit matches`).waitFor();
    await panel.getByText("Taking new clients: yes").waitFor();
    const registry = panel.getByRole("link", { name: "Look it up in the NPI Registry" });
    expect(await registry.getAttribute("href")).toBe(
      `https://npiregistry.cms.hhs.gov/provider-view/${npi}`,
    );
    expect(await registry.getAttribute("target")).toBe("_blank");
    expect(await registry.getAttribute("rel")).toBe("noreferrer");
    const fullPanel = await panelOf(page, fullName);
    await fullPanel.getByText("No NPI listed").waitFor();
    await fullPanel.getByText("Taking new clients: no").waitFor();
    expect(await fullPanel.getByRole("link").count(), "no NPI, nothing to look up").toBe(0);
    const licenceItem = panel.getByRole("listitem").filter({ hasText: `Licence ${licence}` });
    expect(await licenceItem.textContent()).toContain("Not verified: never verified by an admin");
    await panel.getByRole("listitem").filter({ hasText: "Certificate Oncology massage" }).waitFor();
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page), "queue").toBeLessThanOrEqual(0);
    expect(await smallTargets(page), "queue").toEqual([]);

    // Without evidence: the contract's words beside the field and in the error summary, which
    // takes the focus and links to the field; the outcome chosen is kept.
    await licenceItem.getByText("Verify this licence").click();
    await licenceItem.getByLabel("Could not confirm it", { exact: true }).check();
    await licenceItem.getByLabel("Confirmed", { exact: true }).check();
    await licenceItem.getByRole("button", { name: "Save this check" }).click();
    const evidence = licenceItem.getByRole("textbox", { name: "Evidence" });
    const summary = licenceItem
      .getByRole("alert")
      .filter({ hasText: "Please check these answers" });
    await summary.waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await evidence.getAttribute("aria-invalid")).toBe("true");
    await summary.getByRole("link", { name: "Evidence: The evidence cannot be empty." }).click();
    expect(await evidence.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await licenceItem.getByLabel("Confirmed", { exact: true }).isChecked()).toBe(true);
    await expectNoAxeViolations(page);
    expect(await smallTargets(page), "form with its error").toEqual([]);
    expect(await horizontalOverflow(page), "form").toBeLessThanOrEqual(0);

    await evidence.fill("NY Office of the Professions look-up, licence active until 2028.");
    await licenceItem.getByRole("button", { name: "Save this check" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Verified: Licence ${licence}, issued by NY (${name}).` })
      .waitFor();
    await panel.getByText(`Licence ${licence}`).waitFor({ state: "detached" });
    // The certificate still waits; the history, folded away, now holds the admin's check.
    await panel.getByRole("heading", { name: "Certificate Oncology massage" }).waitFor();
    await panel.getByText(`Earlier checks of ${name}`).click();
    await panel.getByText("Licence: verified, Today").waitFor();
    await panel.getByText(/Evidence: NY Office of the Professions look-up/).waitFor();
    expect(await panel.textContent()).toContain("by Admin Ada");
    await expectNoAxeViolations(page);
    expect(await smallTargets(page), "history").toEqual([]);
    await saveScreenshot(page, "directory-verification");
  });

  test("a patient never sees the queue: not in the menu, not found at its address", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson());
    const dashboard = new DashboardPage(page);
    await dashboard.goto();
    await dashboard.waitUntilShown("Alex");
    await dashboard.navigation().getByRole("link", { name: "Diary" }).waitFor();
    expect(
      await dashboard.navigation().getByRole("link", { name: "Check credentials" }).count(),
    ).toBe(0);
    expect(await page.getByText("Check credentials").count(), "on the dashboard").toBe(0);

    await page.goto(queuePath);
    await page.getByRole("heading", { level: 1, name: "We could not find that page" }).waitFor();
    expect(await page.getByText("Not verified").count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});
