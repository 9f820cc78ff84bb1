import type { BrowserContext } from "playwright-core";
import { expect, test } from "vitest";
import { DashboardPage } from "./pages/dashboard-page.js";
import { DiaryPage } from "./pages/diary-page.js";
import { postAsPerson, userIdOf } from "./pages/person-api.js";
import { expectNoAxeViolations } from "./support/accessibility.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { horizontalOverflow, smallTargets } from "./support/layout-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";

/** One entry through the API, as the person signed in on `context`. */
async function addEntryThroughApi(context: BrowserContext): Promise<void> {
  await postAsPerson(context, (userId) => `/api/users/${userId}/diary/entries`, {
    idempotencyKey: crypto.randomUUID(),
    intensityNow: 5,
    regions: [{ regionId: "left-sole", intensity: 5, qualities: ["burning"] }],
  });
}

async function entryNotesThroughApi(context: BrowserContext, userId: string): Promise<string[]> {
  const response = await context.request.get(`/api/users/${userId}/diary/entries`);
  const body = (await response.json()) as { items: { notes: string }[] };
  return body.items.map((entry) => entry.notes);
}

describeJourney("diary", () => {
  const browser = useBrowser();

  test("quick log from the dashboard in at most three interactions", async () => {
    const { context, page } = await browser.open();
    const person = aPerson();
    await registerThroughApi(context, person);
    await addEntryThroughApi(context);
    const dashboard = new DashboardPage(page);
    const diary = new DiaryPage(page);
    await dashboard.goto();
    await dashboard.waitUntilShown(person.displayName);
    await expectNoAxeViolations(page);

    let interactions = 0;
    const interact = async (action: () => Promise<void>) => {
      interactions += 1;
      await action();
    };
    await interact(() => diary.choose("Pain right now", 6));
    await interact(() => page.getByRole("button", { name: "Save pain now" }).click());
    await expect.poll(() => diary.quickLogStatus().textContent()).toContain("Saved: pain 6");
    expect(interactions, "interactions to log pain now").toBeLessThanOrEqual(3);
    expect(await diary.quickLogStatus().getAttribute("role")).toBe("status");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Same as last time (pain 6 out of 10)" }).click();
    await expect.poll(() => diary.quickLogStatus().textContent()).toContain("a stable day");

    await diary.goto();
    const today = diary.day("Today");
    await expect.poll(() => today.locator("article").count()).toBe(3);
    const texts = await today.locator("article").allTextContents();
    expect(texts.filter((text) => text.includes("Left sole of foot: 5 out of 10"))).toHaveLength(3);
    expect(texts[0]).toContain("Same as last time");
    expect(texts[1]).toContain("Quick log");
  });

  test("quick log by keyboard alone: Tab, the number, Enter", async () => {
    const { context, page } = await browser.open();
    const person = aPerson();
    await registerThroughApi(context, person);
    const diary = new DiaryPage(page);
    // Arrive at the dashboard the way the app moves between pages (focus on the heading).
    // A fresh page load starts before the skip link instead: two more keys (Tab, Enter).
    await diary.goto();
    await page.getByRole("link", { name: "Dashboard" }).first().click();
    await page.getByRole("heading", { level: 1, name: `Hello, ${person.displayName}` }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");

    const keys = ["Tab", "7", "Enter"];
    for (const key of keys) await page.keyboard.press(key);
    await expect.poll(() => diary.quickLogStatus().textContent()).toContain("Saved: pain 7");
    expect(keys.length, "key presses to log pain now").toBeLessThanOrEqual(3);
  });

  test("a full entry: write, change, see its history, delete; export links work", async () => {
    const { context, page } = await browser.open({ timezoneId: "Europe/Paris" });
    await registerThroughApi(context, aPerson());
    const diary = new DiaryPage(page);
    await diary.gotoNewEntry();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Save entry" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("Choose a number for your pain right now.");

    await diary.choose("Pain right now", 7);
    await diary.choose("Average pain over the last 24 hours (optional)", 5);
    await diary.choose("How much pain got in the way of your sleep last night (optional)", 4);
    await diary.bodyMap().tapShape("Back", "left-sole");
    await diary.bodyMap().rate("Left sole of foot", 6);
    await page.getByLabel("What you did today (optional)").fill("Walked 20 minutes");
    await diary.addTag("What seemed to make it worse (optional)", "cold weather");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Save entry" }).click();

    await diary.heading().waitFor();
    await diary.notice("Your entry is saved.").waitFor();
    const entry = diary.entries().first();
    await entry.waitFor();
    const text = await entry.textContent();
    expect(text).toContain("Pain right now7 out of 10");
    expect(text).toContain("Average pain over the last 24 hours5 out of 10");
    expect(text).toContain("Left sole of foot: 6 out of 10");
    expect(text).toContain("cold weather");
    await expectNoAxeViolations(page);

    await entry.getByRole("link", { name: /^Change/ }).click();
    await page.getByRole("button", { name: "Save changes" }).waitFor();
    await diary.choose("Pain right now", 3);
    await page.getByRole("button", { name: "Save changes" }).click();
    await diary.notice("Your changes are saved.").waitFor();

    await diary
      .entries()
      .first()
      .getByRole("link", { name: /^History/ })
      .click();
    await page.getByRole("heading", { level: 1, name: "History of a diary entry" }).waitFor();
    await expect
      .poll(() => page.locator("main").textContent())
      .toContain("Pain right now: 7 out of 10 → 3 out of 10");
    await expectNoAxeViolations(page);

    await diary.goto();
    for (const [name, type] of [
      ["Download as CSV (for spreadsheets)", "text/csv"],
      ["Download as JSON (for other apps)", "application/json"],
    ] as const) {
      const href = await page.getByRole("link", { name }).getAttribute("href");
      const response = await context.request.get(href ?? "");
      expect(response.status(), name).toBe(200);
      expect(response.headers()["content-type"]).toContain(type);
    }

    await diary
      .entries()
      .first()
      .getByRole("button", { name: /^Delete/ })
      .click();
    await page.getByRole("button", { name: "Keep it" }).click();
    expect(await diary.entries().count()).toBe(1);
    await diary
      .entries()
      .first()
      .getByRole("button", { name: /^Delete/ })
      .click();
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    await diary.notice("The entry is deleted.").waitFor();
    await expect.poll(() => diary.entries().count()).toBe(0);
  });

  test("saved offline, reloaded and saved again: one entry, not two", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson());
    const userId = await userIdOf(context);
    const diary = new DiaryPage(page);
    const save = page.getByRole("button", { name: "Save entry" });
    await diary.gotoNewEntry();
    await diary.choose("Pain right now", 6);
    await page.getByLabel("Notes (optional)").fill("Written on the train");

    // Offline: nothing is sent, and the form says so at once.
    await context.setOffline(true);
    await save.click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("No connection");
    await expectNoAxeViolations(page);

    // The connection comes back mid-save: the server saves it, but the answer is lost.
    await context.setOffline(false);
    const entriesUrl = `**/api/users/${userId}/diary/entries`;
    await page.route(entriesUrl, async (route) => {
      if (route.request().method() !== "POST") return route.fallback();
      await route.fetch();
      await route.abort("internetdisconnected");
    });
    await save.click();
    await page.getByRole("alert").waitFor();
    await page.unroute(entriesUrl);
    expect(await entryNotesThroughApi(context, userId)).toEqual(["Written on the train"]);

    // The draft (and its key) survive a reload; saving it again is a retry, not a new entry.
    await page.reload();
    await diary.entryFormHeading().waitFor();
    expect(await page.getByLabel("Notes (optional)").inputValue()).toBe("Written on the train");
    await save.click();
    await diary.notice("Your entry is saved.").waitFor();
    expect(await entryNotesThroughApi(context, userId)).toEqual(["Written on the train"]);

    // After a success the next entry, even with the same answers, is a new one.
    await diary.gotoNewEntry();
    await diary.choose("Pain right now", 6);
    await page.getByLabel("Notes (optional)").fill("Written on the train");
    await save.click();
    await diary.notice("Your entry is saved.").waitFor();
    expect(await entryNotesThroughApi(context, userId)).toHaveLength(2);
  });

  test("a save that gets no answer says so within seconds, not “Saving…” forever", async () => {
    const { context, page } = await browser.open();
    await registerThroughApi(context, aPerson());
    const userId = await userIdOf(context);
    const diary = new DiaryPage(page);
    await diary.gotoNewEntry();
    await diary.choose("Pain right now", 5);
    const entriesUrl = `**/api/users/${userId}/diary/entries`;
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    await page.route(entriesUrl, async (route) => {
      await answered;
      await route.abort("internetdisconnected").catch(() => undefined);
    });
    const started = Date.now();
    await page.getByRole("button", { name: "Save entry" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "took too long" });
    await alert.waitFor({ timeout: 15_000 });
    expect(Date.now() - started, "milliseconds until the form said so").toBeLessThan(12_000);
    expect(await alert.textContent()).toContain("kept");
    await page.getByRole("button", { name: "Save entry" }).waitFor();
    await expectNoAxeViolations(page);
    answer();
    await page.unroute(entriesUrl);
  });

  test("dark mode, 320 px and a draft that survives a reload", async () => {
    const { context, page } = await browser.open({
      colorScheme: "dark",
      viewport: { width: 320, height: 800 },
    });
    await registerThroughApi(context, aPerson());
    await addEntryThroughApi(context);
    const diary = new DiaryPage(page);

    await diary.goto();
    await diary.entries().first().waitFor();
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page), "diary").toBeLessThanOrEqual(0);
    expect(await smallTargets(page), "diary").toEqual([]);
    await saveScreenshot(page, "diary-dark-320");

    await diary.gotoNewEntry();
    await diary.choose("Pain right now", 4);
    await page.getByLabel("Notes (optional)").fill("Tired after the drive");
    await page.reload();
    await diary.entryFormHeading().waitFor();
    expect(await page.getByLabel("Notes (optional)").inputValue()).toBe("Tired after the drive");
    expect(
      await diary.bodyMap().regionCheckbox("Left sole of foot").isChecked(),
      "regions start from the last entry",
    ).toBe(true);
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page), "new entry").toBeLessThanOrEqual(0);
    expect(await smallTargets(page), "new entry").toEqual([]);
    await saveScreenshot(page, "diary-entry-dark-320");
  });
});
