import { addCalendarDays, localDayOf, weekdayOf } from "@painplan/core";
import { randomUUID } from "node:crypto";
import type { BrowserContext } from "playwright-core";
import { expect, test } from "vitest";
import { DirectorySearchPage } from "./pages/directory-pages.js";
import { sendAsPerson, userIdOf } from "./pages/person-api.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { horizontalOverflow, smallTargets } from "./support/layout-checks.js";
import { pageChecks } from "./support/page-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";
import { safetyAnswersAllNo } from "./support/safety-answers.js";

const timeZone = "America/New_York";
const phone = { viewport: { width: 390, height: 844 } };
const checkPage = pageChecks("directory");

/** A practitioner who registered and wrote a directory profile in a clinic near 10001 (NYC). */
type Listed = { name: string; accountId: string };

async function listPractitioner(
  open: () => Promise<{ context: BrowserContext }>,
  profile: Record<string, unknown> & { displayName: string },
): Promise<Listed> {
  const { context } = await open();
  await registerThroughApi(context, aPerson({ role: "practitioner", timeZone }));
  await sendAsPerson(context, "PUT", "/api/directory/my-profile", {
    currency: "USD",
    isAcceptingNewClients: true,
    licences: [{ number: `MT-${randomUUID().slice(0, 6)}`, issuer: "NY" }],
    ...profile,
  });
  return { name: profile.displayName, accountId: await userIdOf(context) };
}

function clinic(postalCode: string) {
  return { line: "1 Main Street", city: "New York", region: "NY", postalCode, country: "US" };
}

describeJourney("directory", () => {
  const browser = useBrowser();

  test("search → filter → compare → invite, with the person's safety answers and plan", async () => {
    // Each run shares one database: a word only this test's practitioners carry.
    const tag = `Kestrel${randomUUID().slice(0, 6)}`;
    const open = () => browser.open();
    const gentle = await listPractitioner(open, {
      displayName: `Ana Gentle ${tag}`,
      practiceName: `Quiet Hands ${tag}`,
      modalities: ["swedish-massage", "oncology-massage"],
      prices: { minutes30: null, minutes60: 7500, minutes90: null },
      slidingScale: { fromMinor: 5000, toMinor: 7500, howDecided: "by income, no proof asked" },
      neuropathyConditions: ["diabetic neuropathy"],
      neuropathyTechniques: ["gentle", "light touch"],
      homeVisits: { radiusKm: 20, travelFeeMinor: 1000 },
      clinic: clinic("10011"),
    });
    const insured = await listPractitioner(open, {
      displayName: `Ben Insured ${tag}`,
      practiceName: `Midtown Massage ${tag}`,
      modalities: ["swedish-massage"],
      prices: { minutes30: 5000, minutes60: 9000, minutes90: null },
      insuranceAccepted: ["Aetna"],
      clinic: clinic("10001"),
    });
    const deep = await listPractitioner(open, {
      displayName: `Cy Deep ${tag}`,
      practiceName: `Deep Work ${tag}`,
      modalities: ["deep-tissue-massage"],
      prices: { minutes30: null, minutes60: 6000, minutes90: null },
      clinic: clinic("10003"),
    });
    const needles = await listPractitioner(open, {
      displayName: `Dee Needles ${tag}`,
      practiceName: `Brooklyn Acupuncture ${tag}`,
      modalities: ["traditional-acupuncture"],
      prices: { minutes30: null, minutes60: 7000, minutes90: null },
      slidingScale: { fromMinor: 4000, toMinor: 7000, howDecided: "pay what you can" },
      clinic: clinic("11201"),
    });

    // The person: on a blood thinner (deep massage is out), a massage every 2 weeks in the plan.
    const { context, page } = await browser.open(phone);
    await registerThroughApi(context, aPerson({ timeZone, country: "US" }));
    const userId = await userIdOf(context);
    await sendAsPerson(context, "PUT", `/api/users/${userId}/safety-intake`, {
      status: "complete",
      answers: safetyAnswersAllNo({ bloodThinners: "yes" }),
      preferences: { pressurePreference: "light", discomfortSignal: "I will say stop" },
    });
    const today = localDayOf(new Date().toISOString(), timeZone);
    const start = addCalendarDays(today, 1);
    const plan = await sendAsPerson<{ id: string; version: number }>(
      context,
      "POST",
      `/api/users/${userId}/plans`,
      { idempotencyKey: crypto.randomUUID(), title: "My plan", startDate: today },
    );
    await sendAsPerson(context, "POST", `/api/users/${userId}/plans/${plan.id}/items`, {
      expectedVersion: plan.version,
      therapyId: "swedish-massage",
      schedule: {
        cadence: { kind: "weekly", interval: 2, days: [weekdayOf(start)] },
        startDate: start,
        timeOfDay: "10:00",
        durationMinutes: 60,
        end: { kind: "never" },
      },
    });

    // Search: near 10001, the four found, the deep-tissue therapist never ranked as a match.
    const search = new DirectorySearchPage(page);
    await search.goto();
    await expectNoAxeViolations(page);
    await search.search().fill(tag);
    await search.near().fill("10001");
    await expect.poll(() => search.cards().count()).toBe(4);
    const names = await search.cardNames().allTextContents();
    expect(names.at(-1), "the one to avoid comes last").toBe(deep.name);
    const deepCard = search.card(deep.name);
    expect(await deepCard.textContent()).toContain("Not a match for you");
    expect(await deepCard.textContent()).toContain("Deep tissue massage (avoid)");
    const gentleCard = search.card(gentle.name);
    expect(await gentleCard.textContent()).toMatch(/Why this match: \S/);
    expect(await gentleCard.textContent(), "the person's own plan, priced").toMatch(
      /Swedish massage, every 2 weeks, 60 min: about \d+ USD a quarter \(\d+ sessions × 75 USD\)/,
    );
    expect(await gentleCard.textContent()).toContain("said by the therapist today");
    expect(new URL(page.url()).searchParams.get("near")).toBe("10001");
    await checkPage(page, "search");

    // Filter: a sliding scale; the filter survives a reload (it is in the address).
    expect(await search.option("Sliding scale").isVisible(), "filters fold away").toBe(false);
    await search.filters().click();
    await search.option("Sliding scale").check();
    await expect.poll(() => search.cards().count()).toBe(2);
    expect(new URL(page.url()).searchParams.get("has")).toBe("sliding-scale");
    await page.reload();
    await search.heading().waitFor();
    expect(await search.option("Sliding scale").isVisible(), "open when one is on").toBe(true);
    expect(await search.option("Sliding scale").isChecked()).toBe(true);
    expect(await search.filters().textContent()).toBe("Filters (1 on)");
    await expect
      .poll(async () => (await search.cardNames().allTextContents()).sort())
      .toEqual([gentle.name, needles.name].sort());
    await search.option("Sliding scale").uncheck();
    await expect.poll(() => search.cards().count()).toBe(4);

    // Compare three; a fourth is refused, and says why.
    await search.compareButton(gentle.name).click();
    await search.compareButton(insured.name).click();
    await search.compareButton(needles.name).click();
    await search.compareBar().getByText("3 therapists to compare").waitFor();
    expect(await search.compareButton(deep.name).getAttribute("aria-disabled")).toBe("true");
    await page.getByText("You can compare three at a time.").waitFor();
    await search.saveButton(gentle.name).click();
    await expect
      .poll(() => search.saveButton(gentle.name).getAttribute("aria-pressed"))
      .toBe("true");
    await expectNoAxeViolations(page);
    await search.compareBar().getByRole("link", { name: "Compare side by side" }).click();

    await page.getByRole("heading", { level: 1, name: "Compare therapists" }).waitFor();
    const table = page.getByRole("table");
    await table.waitFor();
    expect(await table.getByRole("columnheader").allTextContents()).toEqual([
      gentle.name,
      insured.name,
      needles.name,
    ]);
    const row = (label: string) => table.getByRole("row", { name: new RegExp(`^${label}`) });
    expect(await row("Licences").textContent()).toContain("not verified: ask them");
    expect(await row("Sliding scale").textContent()).toContain("50 USD to 75 USD");
    expect(await row("Your plan with them").textContent()).toContain("a quarter");
    expect(await horizontalOverflow(page), "the table scrolls inside itself").toBeLessThanOrEqual(
      0,
    );
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "directory-compare");

    // Invite the chosen one: the care team's invitation page, with their account.
    const invite = page.getByRole("link", { name: `Invite ${gentle.name}` });
    expect(await invite.getAttribute("href")).toBe(
      `/care-team/invite?practitionerId=${gentle.accountId}`,
    );
    await invite.click();
    await page.waitForURL(`**/care-team/invite?practitionerId=${gentle.accountId}`);
  });

  test("a profile shows when each fact was checked; saved; questions to ask", async () => {
    const tag = `Heron${randomUUID().slice(0, 6)}`;
    const listed = await listPractitioner(() => browser.open(), {
      displayName: `Eva Calm ${tag}`,
      practiceName: `Calm Rooms ${tag}`,
      modalities: ["mindfulness-teaching"],
      prices: { minutes30: 3000, minutes60: 5500, minutes90: null },
      offersOnline: true,
      languages: ["English", "Spanish"],
      clinic: clinic("10001"),
      bio: "Mindfulness for people living with nerve pain.",
    });
    // The narrowest phone, in dark mode.
    const { context, page } = await browser.open({
      viewport: { width: 320, height: 700 },
      colorScheme: "dark",
    });
    await registerThroughApi(context, aPerson({ timeZone, country: "US" }));

    const search = new DirectorySearchPage(page);
    // An unknown postal code is said next to the field, not answered with an empty list.
    await search.goto("?near=00000");
    await page.getByText("We do not know the postal code 00000").waitFor();
    expect(await search.near().getAttribute("aria-invalid")).toBe("true");
    expect(await search.status().textContent()).toBe("Change what is marked to see results.");
    await expectNoAxeViolations(page);

    await search.goto(`?q=${tag}`);
    await expect.poll(() => search.cards().count()).toBe(1);
    expect(await horizontalOverflow(page), "no sideways scroll at 320 px").toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await search.saveButton(listed.name).click();
    await expect
      .poll(() => search.saveButton(listed.name).getAttribute("aria-pressed"))
      .toBe("true");
    await page.getByRole("link", { name: listed.name, exact: true }).click();

    await page.getByRole("heading", { level: 1, name: listed.name }).waitFor();
    const credentials = page.getByRole("region", { name: "Licences and training" });
    expect(await credentials.textContent()).toContain("not verified: ask them");
    expect(await page.locator("main").textContent()).toContain("said by the therapist today");
    expect(await page.getByRole("button", { name: "Saved" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    expect(
      await page.getByRole("link", { name: "Invite to your care team" }).getAttribute("href"),
    ).toBe(`/care-team/invite?practitionerId=${listed.accountId}`);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "directory-profile");

    await page.goto("/directory/saved");
    await page.getByRole("heading", { level: 1, name: "Saved therapists" }).waitFor();
    await search.card(listed.name).waitFor();
    await expectNoAxeViolations(page);

    // Questions to ask: the suggested list, made the person's own; kept after a reload.
    await page.goto("/directory/questions");
    await page.getByRole("heading", { level: 1, name: "Questions to ask" }).waitFor();
    await page.getByText("0 of 7 asked").waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("checkbox", { name: /cancellation policy/ }).check();
    await page.getByText("1 of 7 asked").waitFor();
    await page.getByLabel("Add a question").fill("Do you have evening times?");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByText("1 of 8 asked").waitFor();
    await page.getByRole("button", { name: /^Remove\W+Do you come to the home/ }).click();
    await page.getByText("1 of 7 asked").waitFor();
    await page.reload();
    await page.getByText("1 of 7 asked").waitFor();
    expect(await page.getByRole("checkbox", { name: /cancellation policy/ }).isChecked()).toBe(
      true,
    );
    expect(await page.getByRole("checkbox", { name: "Do you have evening times?" }).count()).toBe(
      1,
    );
    expect(await smallTargets(page)).toEqual([]);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, "directory-questions");
  });
});
