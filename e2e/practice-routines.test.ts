import { expect, test } from "vitest";
import { putAsPerson, userIdOf } from "./pages/person-api.js";
import { installClock, practiceLog, tapCounter } from "./pages/practice-journey.js";
import { describeJourney, saveScreenshot, useBrowser } from "./support/journey.js";
import { pageChecks } from "./support/page-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";
import { safetyAnswersAllNo } from "./support/safety-answers.js";

const phone = { viewport: { width: 390, height: 844 } };
const checkPage = pageChecks();
const poorBalanceIntake = safetyAnswersAllNo({ fallsOrPoorBalance: "yes" });

/** Practices shaped by the person's records: the pain profile's areas, the safety answers. */
describeJourney("practice", () => {
  const browser = useBrowser();

  test("a body scan from the pain profile: the area that hurts comes last, or is left out", async () => {
    const { context, page } = await browser.open(phone);
    await registerThroughApi(context, aPerson());
    await putAsPerson(context, (id) => `/api/users/${id}/pain-profile`, {
      causes: [],
      medications: [],
      otherTreatments: [],
      regions: [{ regionId: "left-sole", intensity: 6, qualities: ["burning"] }],
    });
    await installClock(page);

    await page.goto("/practice");
    await page.getByRole("link", { name: "5 min of body scan", exact: true }).click();
    await page.getByText(/The areas that hurt come last, gently/).waitFor();
    await checkPage(page, "body scan before");
    await page.getByRole("link", { name: "Leave them out instead" }).click();
    await page.getByText(/The areas that hurt are left out/).waitFor();
    await page.getByRole("button", { name: "Start without rating" }).click();
    await page.getByRole("button", { name: "Pause" }).waitFor();
    // Every text the live region announces, step by step.
    await page.evaluate(() => {
      const region = document.querySelector(".player__text[aria-live=polite]");
      const seen = [region?.textContent ?? ""];
      (window as unknown as { seen: string[] }).seen = seen;
      if (region === null) return;
      new MutationObserver(() => seen.push(region.textContent)).observe(region, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    const stepCount = Number(
      /of (\d+)/.exec(
        (await page.locator(".player__progress > span").first().textContent()) ?? "",
      )?.[1],
    );
    for (let second = 0; second <= 5 * 60; second += 2) await page.clock.fastForward(2_000);
    await page.getByRole("heading", { name: "How much pain do you feel now?" }).waitFor();
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(new Set(seen).size, "each step announced once, in turn").toBe(stepCount);
    expect(seen.join(" ")).toContain("Bring your attention to your");
    expect(seen.join(" "), "the painful area is left out").not.toContain("has been hurting");
    expect(stepCount).toBeGreaterThan(3);
    await page.getByRole("checkbox", { name: /Today is a flare day/ }).check();
    await page.getByRole("button", { name: "Save without rating" }).click();
    await page.getByText("Saved to your practice log.").waitFor();
    const [entry] = await practiceLog(context);
    expect(entry).toMatchObject({
      practiceId: "body-scan",
      secondsDone: 300,
      painAfter: null,
      isFlareDay: true,
    });
  }, 120_000);

  test("poor balance: the routine comes in chair and wall versions, drawn and explained", async () => {
    const { context, page } = await browser.open(phone);
    await registerThroughApi(context, aPerson());
    await putAsPerson(context, (id) => `/api/users/${id}/safety-intake`, {
      status: "complete",
      answers: poorBalanceIntake,
      preferences: { pressurePreference: "light", discomfortSignal: "I will say stop" },
    });
    const taps = tapCounter(page);

    await page.goto("/practice");
    await taps.tap("See yoga routines", "link");
    await page.getByRole("heading", { name: "Gentle yoga", level: 1 }).waitFor();
    await page.locator(".routine-pose").first().waitFor();
    await checkPage(page, "routine 10 minutes");
    await saveScreenshot(page, "practice-routine-poor-balance-390");
    await page.emulateMedia({ colorScheme: "dark" });
    await checkPage(page, "routine in dark mode");
    await saveScreenshot(page, "practice-routine-dark-390");
    await page.emulateMedia({ colorScheme: "light" });

    const routine = (await (
      await context.request.get(`/api/users/${await userIdOf(context)}/practice/routine?minutes=10`)
    ).json()) as { poses: { poseId: string; variant: string }[] };
    const standing = [
      "yoga-mountain",
      "yoga-tree",
      "yoga-warrior-two",
      "yoga-standing-forward-fold",
    ];
    for (const pose of routine.poses) {
      if (standing.includes(pose.poseId)) expect(pose.variant, pose.poseId).not.toBe("standard");
    }
    const supported = routine.poses.filter((pose) => pose.variant !== "standard").length;
    expect(supported).toBeGreaterThan(0);
    expect(await page.getByText(/· (Chair|Wall) version/).count()).toBe(supported);
    const figures = page.locator(".routine-pose svg[role=img]");
    expect(await figures.count()).toBe(routine.poses.length);
    const names = await figures.evaluateAll((svgs) =>
      svgs.map((svg) => svg.querySelector("title")?.textContent ?? ""),
    );
    expect(names.filter((name) => /chair|wall/.test(name))).toHaveLength(supported);

    await taps.tap("5 minutes", "link");
    await expect.poll(() => page.url()).toContain("minutes=5");
    await page.locator(".routine-pose").first().waitFor();
    await checkPage(page, "routine 5 minutes");

    // With weak bones and a pregnancy too, fewer poses suit: the routine is shorter and says why.
    await putAsPerson(context, (id) => `/api/users/${id}/safety-intake`, {
      status: "complete",
      answers: { ...poorBalanceIntake, boneWeakness: "yes", pregnancy: "yes" },
      preferences: { pressurePreference: "light", discomfortSignal: "I will say stop" },
    });
    await page.goto("/practice/routines?minutes=15");
    await page.getByRole("heading", { name: "Why it is shorter" }).waitFor();
    expect(await page.getByText(/takes about \d+ minutes instead of 15/).count()).toBe(1);
    const leftOut = page.getByText(/^Left out for you \(\d+\)$/);
    await leftOut.click();
    expect(await page.locator(".routine__left-out li").count()).toBeGreaterThan(0);
    await checkPage(page, "shorter routine");
    await page.goto("/practice/routines?minutes=5");
    await page.locator(".routine-pose").first().waitFor();

    await taps.tap("Start this routine", "link");
    await taps.tap("Start without rating");
    const figure = page.locator(".player svg[role=img]");
    await figure.waitFor();
    expect(await figure.locator("title").textContent()).toBeTruthy();
    await checkPage(page, "routine playing");
    await saveScreenshot(page, "practice-routine-playing-390");
    await taps.tap("End now");
    await page.getByRole("heading", { name: "How much pain do you feel now?" }).waitFor();
    // Routines page, 5 minutes, (then the same page again after the intake changed:) start,
    // start without rating, end now.
    expect(taps.count()).toBe(5);
  }, 120_000);
});
