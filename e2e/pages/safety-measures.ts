import { safetyAnswersAllNo } from "../support/safety-answers.js";
import type { Locator, Page } from "playwright-core";

/** The phone the issue measures on (issue 14): an iPhone 12–15 sized viewport, in CSS px. */
export const phone = { width: 390, height: 844 } as const;

const footParts = ["foot-top", "toes", "heel", "sole"] as const;

/**
 * The case issue 14 measured: a complete intake with a blood thinner and both feet numb (all
 * eight foot areas), everything else "no".
 */
export const bloodThinnerAndNumbFeet = {
  status: "complete",
  answers: safetyAnswersAllNo({
    bloodThinners: "yes",
    bloodThinnerNames: "apixaban",
    reducedSensationRegionIds: footParts.flatMap((part) => [`left-${part}`, `right-${part}`]),
  }),
  preferences: { pressurePreference: "light", discomfortSignal: "I will say stop" },
} as const;

/** Counts what a person taps: every click, check and field they have to put a finger on. */
export class TapCounter {
  taps = 0;
  /** Keys typed into text fields (counted apart from taps). */
  keys = 0;

  async tap(target: Locator): Promise<void> {
    this.taps += 1;
    await target.click();
  }

  async type(field: Locator, text: string): Promise<void> {
    this.taps += 1;
    this.keys += text.length;
    await field.fill(text);
  }
}

/** The page's full height in CSS px and in phone screens (of `viewportHeight`). */
export async function pageHeight(
  page: Page,
  viewportHeight: number = phone.height,
): Promise<{ px: number; screens: number }> {
  const px = await page.evaluate(() => document.documentElement.scrollHeight);
  return { px, screens: Math.round((px / viewportHeight) * 10) / 10 };
}

/** How far below the top of the page an element ends, in CSS px. */
export async function bottomOf(target: Locator): Promise<number> {
  return target.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
}

/** An element's height in CSS px. */
export async function heightOf(target: Locator): Promise<number> {
  return target.evaluate((element) => element.getBoundingClientRect().height);
}

/**
 * Goes through the safety intake as a person with nothing to report, the quickest way the page
 * offers: "None of these apply to me" where there is one, otherwise "No" on every question;
 * "Ask me during the session" for pressure and the shortest stop signal. Returns the taps.
 */
export async function finishIntakeWithNothingToReport(page: Page): Promise<TapCounter> {
  const counter = new TapCounter();
  for (let step = 0; step < 20; step += 1) {
    await page.getByText(/^Step \d+ of \d+$/).waitFor();
    const title = (await page.locator("#step-heading").textContent()) ?? "";
    const noneApply = page.getByRole("button", { name: /None of these apply to me/ });
    if (title !== "For your therapist" && (await noneApply.count()) > 0) {
      await counter.tap(noneApply.first());
      await page.locator("#step-heading").filter({ hasNotText: title }).waitFor();
      continue;
    }
    if (title === "For your therapist") {
      await counter.tap(page.getByRole("radio", { name: "Ask me during the session" }));
      const quickSignal = page.getByRole("radio", { name: "I will say stop" });
      if ((await quickSignal.count()) > 0) await counter.tap(quickSignal);
      else await counter.type(page.getByLabel("How will you show that something hurts?"), "stop");
      await counter.tap(page.getByRole("button", { name: /^Save and/ }));
      await page.waitForURL((url) => url.pathname === "/safety/results");
      return counter;
    }
    const groups = page.locator("form fieldset").filter({
      has: page.getByRole("radio", { name: "No", exact: true }),
    });
    for (const group of await groups.all()) {
      const no = group.getByRole("radio", { name: "No", exact: true }).first();
      if (!(await no.isChecked())) await counter.tap(no);
    }
    await counter.tap(page.getByRole("button", { name: /^Save and/ }));
    await page.locator("#step-heading").filter({ hasNotText: title }).waitFor();
  }
  throw new Error("The intake did not end after 20 steps.");
}
