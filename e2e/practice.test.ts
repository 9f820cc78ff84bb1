import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { userIdOf } from "./pages/person-api.js";
import { installClock, practiceLog, tapCounter } from "./pages/practice-journey.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { horizontalOverflow, smallTargets } from "./support/layout-checks.js";
import { pageChecks } from "./support/page-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";

const phone = { viewport: { width: 390, height: 844 } };
const checkPage = pageChecks();

/** The rows the 0–10 pain buttons fall into: their top edges, grouped. */
async function painRows(page: Page): Promise<number[]> {
  return page.locator(".pain-tap__score").evaluateAll((buttons) => {
    const rows = new Map<number, number>();
    for (const button of buttons) {
      const top = Math.round(button.getBoundingClientRect().top);
      rows.set(top, (rows.get(top) ?? 0) + 1);
    }
    return [...rows.entries()].sort(([a], [b]) => a - b).map(([, count]) => count);
  });
}

const timeLeft = (page: Page) => page.locator(".player__progress [aria-hidden=true]").textContent();

describeJourney("practice", () => {
  const browser = useBrowser();

  test("a 3-minute breathing practice: rate before, pause, resume, finish, rate after, logged", async () => {
    const { context, page } = await browser.open(phone);
    await registerThroughApi(context, aPerson());
    await installClock(page);
    const taps = tapCounter(page);

    await page.goto("/practice");
    await page.getByRole("heading", { name: "Practice", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "For today" }).waitFor();
    await page.locator(".practice-today").waitFor();
    await page.getByText(/minutes this week/).waitFor();
    await checkPage(page, "practice page");
    await saveScreenshot(page, "practice-home-390");

    await taps.tap("3 min of paced breathing", "link");
    await page.getByRole("heading", { name: /Before you start/ }).waitFor();
    await checkPage(page, "before");
    expect(await painRows(page), "0–5 and 6–10 at 390 px").toEqual([6, 5]);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await painRows(page), "the same rows at 320 px").toEqual([6, 5]);
    expect(await smallTargets(page), "pain buttons at 320 px").toEqual([]);
    expect(await horizontalOverflow(page), "320 px").toBeLessThanOrEqual(0);
    await page.setViewportSize(phone.viewport);
    expect(
      await page.getByRole("checkbox", { name: "Read the guidance aloud" }).isChecked(),
      "spoken guidance is off by default",
    ).toBe(false);

    // One tap rates pain before and starts the practice; nothing is fetched while it plays.
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await taps.tap(/^4$/);
    const pause = page.getByRole("button", { name: "Pause" });
    await pause.waitFor();
    const box = await pause.boundingBox();
    expect(box?.height, "a large Pause").toBeGreaterThanOrEqual(54);
    expect(
      (box?.y ?? 0) + (box?.height ?? 0),
      "Pause within a thumb's reach, at the bottom of the screen",
    ).toBeGreaterThan(844 * 0.7);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Pause");
    const live = page.locator(".player__text[aria-live=polite]");
    expect(await live.textContent()).toContain("comfortable");

    // After the 30-second settling step, the pacer breathes; with reduced motion it only counts.
    await page.clock.fastForward(30_000);
    await expect.poll(() => timeLeft(page)).toMatch(/^2:[23]\d left$/);
    await page.locator(".pacer__words").waitFor();
    expect(await page.locator(".pacer__figure animate").count()).toBe(1);
    await checkPage(page, "playing");
    await saveScreenshot(page, "practice-playing-390");
    await page.emulateMedia({ reducedMotion: "reduce" });
    await expect.poll(() => page.locator(".pacer__figure").count()).toBe(0);
    expect(await page.locator(".pacer__words").textContent()).toMatch(/^Breathe (in|out) \d+$/);
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await taps.tap("Pause");
    await page.getByText("Paused. Take all the time you need.").waitFor();
    const pausedAt = await timeLeft(page);
    await page.clock.fastForward(60_000);
    expect(await timeLeft(page), "paused time does not count").toBe(pausedAt);
    await checkPage(page, "paused");

    // Space resumes and pauses again (from anywhere but a control).
    await page.getByRole("heading", { level: 1 }).focus();
    await page.keyboard.press("Space");
    await pause.waitFor();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Resume" }).waitFor();
    await taps.tap("Resume");
    await pause.waitFor();

    await page.clock.fastForward(3 * 60_000);
    await page.getByRole("heading", { name: "How much pain do you feel now?" }).waitFor();
    expect(requests, "no request while the practice played").toEqual([]);
    await checkPage(page, "after");
    await taps.tap(/^2$/);
    await page.getByText("Saved to your practice log.").waitFor();
    await checkPage(page, "saved");
    // Start, pain before (which starts), pause, resume, pain after (which saves).
    expect(taps.count()).toBe(5);

    const [entry] = await practiceLog(context);
    expect(entry).toMatchObject({
      practiceId: "paced-breathing",
      secondsDone: 180,
      painBefore: 4,
      painAfter: 2,
    });

    await page.getByRole("link", { name: "Back to Practice" }).click();
    await page.getByText(/Pain 4 before, 2 after/).waitFor();
    // Near midnight on a Sunday the practice may fall in last week: the page shows what the server counts.
    const week = (await (
      await context.request.get(`/api/users/${await userIdOf(context)}/practice/consistency`)
    ).json()) as { minutesThisWeek: number };
    await page
      .getByText(new RegExp(`^${week.minutesThisWeek} of \\d+ minutes this week`))
      .waitFor();
    await checkPage(page, "practice page with a practice");

    // The weekly target: a wrong value is named next to its field, a right one is saved.
    await page.getByRole("button", { name: "Change my weekly target" }).click();
    await page.getByLabel("Minutes a week").fill("0");
    await page.getByRole("button", { name: "Save target" }).click();
    // Named next to its field and in the error summary, which takes the focus.
    const summary = page.getByRole("alert").filter({ hasText: "Please check these answers" });
    await summary
      .getByRole("link", { name: "Minutes a week: Set at least 1 minute a week." })
      .waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByLabel("Minutes a week").getAttribute("aria-invalid")).toBe("true");
    await checkPage(page, "target error");
    await page.getByLabel("Minutes a week").fill("30");
    await page.getByLabel("On how many days").fill("3");
    await page.getByRole("button", { name: "Save target" }).click();
    await page
      .getByText(/ of 30 minutes this week \(your target: 30 minutes on 3 days\)/)
      .waitFor();
  }, 120_000);

  test("the network drops mid-practice: it plays on, the log waits and is sent when back online", async () => {
    const { context, page } = await browser.open(phone);
    await registerThroughApi(context, aPerson());
    await installClock(page);

    await page.goto("/practice/play/paced-breathing?minutes=1");
    await page.getByRole("heading", { name: /Before you start/ }).waitFor();
    await page.getByRole("button", { name: "Start without rating" }).click();
    await page.getByRole("button", { name: "Pause" }).waitFor();
    await page.clock.fastForward(20_000);
    await context.setOffline(true);
    await page.clock.fastForward(50_000);
    await page.getByRole("heading", { name: "How much pain do you feel now?" }).waitFor();
    await page.getByRole("radio", { name: "Easy" }).check();
    await page.getByRole("button", { name: /^3$/ }).click();
    await page.getByText(/Saved on this device/).waitFor();
    await checkPage(page, "saved offline");

    await context.setOffline(false);
    await page.getByText("Saved to your practice log.").waitFor();
    const items = await practiceLog(context);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      secondsDone: 60,
      painBefore: null,
      painAfter: 3,
      effort: "easy",
    });
  }, 120_000);

  test("spoken guidance is chosen and remembered; speech and the screen lock follow pause and end", async () => {
    const { context, page } = await browser.open(phone);
    await registerThroughApi(context, aPerson());
    // Record what the page asks of speech synthesis and of the wake lock (a headless browser
    // has no voices and no screen to keep on).
    await page.addInitScript(() => {
      const events: string[] = [];
      (window as unknown as { events: string[] }).events = events;
      speechSynthesis.speak = (utterance) => {
        events.push(`speak ${utterance.rate.toFixed(1)}: ${utterance.text.slice(0, 20)}`);
      };
      speechSynthesis.cancel = () => {
        events.push("cancel");
      };
      Object.defineProperty(navigator, "wakeLock", {
        value: {
          request: () => {
            events.push("lock");
            const sentinel = new EventTarget() as EventTarget & {
              released: boolean;
              release: () => Promise<void>;
            };
            sentinel.released = false;
            sentinel.release = () => {
              if (!sentinel.released) events.push("unlock");
              sentinel.released = true;
              return Promise.resolve();
            };
            return Promise.resolve(sentinel);
          },
        },
      });
    });
    await installClock(page);
    const events = () => page.evaluate(() => (window as unknown as { events: string[] }).events);

    await page.goto("/practice/play/paced-breathing?minutes=1");
    const aloud = page.getByRole("checkbox", { name: "Read the guidance aloud" });
    await aloud.check();
    await page.getByRole("radio", { name: "Slow" }).check();
    await page.reload();
    expect(await aloud.isChecked(), "the choice is remembered on this device").toBe(true);
    expect(await page.getByRole("radio", { name: "Slow" }).isChecked()).toBe(true);
    await checkPage(page, "speech settings");

    await page.getByRole("button", { name: "Start without rating" }).click();
    await page.getByRole("button", { name: "Pause" }).waitFor();
    await expect.poll(events).toContain("lock");
    expect((await events()).filter((event) => event.startsWith("speak"))).toEqual([
      "speak 0.7: Find a position that",
    ]);
    await page.clock.fastForward(12_000);
    await expect
      .poll(async () => (await events()).filter((event) => event.startsWith("speak")).length)
      .toBe(2);
    await page.getByRole("button", { name: "Pause" }).click();
    await expect.poll(async () => (await events()).slice(-2).sort()).toEqual(["cancel", "unlock"]);
    await page.getByRole("button", { name: "Resume" }).click();
    const count = async (name: string) => (await events()).filter((e) => e === name).length;
    await expect.poll(() => count("lock")).toBe(2);
    await page.getByRole("button", { name: "End now" }).click();
    await page.getByRole("heading", { name: "How much pain do you feel now?" }).waitFor();
    await expect.poll(() => count("unlock")).toBe(2);
  }, 120_000);
});
