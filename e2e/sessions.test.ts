import { addCalendarDays, localDayOf } from "@painplan/core";
import type { BrowserContext } from "playwright-core";
import { expect, test } from "vitest";
import { postAsPerson } from "./pages/person-api.js";
import { countTaps } from "./pages/tap-counter.js";
import { describeJourney, useBrowser } from "./support/journey.js";
import { pageChecks } from "./support/page-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";

const timeZone = "Europe/Paris";
const phone = { viewport: { width: 390, height: 844 } };
const checkPage = pageChecks("sessions");

/** A plan with one Swedish massage, three days ago at 10:00, light pressure, with Ann Lee. */
async function planWithPastMassage(context: BrowserContext, day: string) {
  const { id: planId, version } = await postAsPerson<{ id: string; version: number }>(
    context,
    (id) => `/api/users/${id}/plans`,
    { idempotencyKey: crypto.randomUUID(), title: "My plan", startDate: day },
  );
  await postAsPerson(context, (id) => `/api/users/${id}/plans/${planId}/items`, {
    expectedVersion: version,
    therapyId: "swedish-massage",
    practitioner: "Ann Lee",
    pressure: "light",
    focusRegionIds: ["left-sole"],
    schedule: {
      cadence: { kind: "daily", interval: 1 },
      startDate: day,
      timeOfDay: "10:00",
      durationMinutes: 60,
      end: { kind: "count", count: 1 },
    },
  });
}

describeJourney("sessions", () => {
  const browser = useBrowser();

  test("a planned session → log it from the calendar in a few taps → answer its 24 h follow-up from Today → held, adherence and spend updated → change its pain after, price, a technique and an area's pain → delete it", async () => {
    const { context, page } = await browser.open(phone);
    await registerThroughApi(context, aPerson({ timeZone }));
    const day = addCalendarDays(localDayOf(new Date().toISOString(), timeZone), -3);
    await planWithPastMassage(context, day);

    // The calendar from that day: the session is there with "Log it".
    await page.goto(`/plan/calendar?date=${day}`);
    await page.getByRole("heading", { level: 1, name: "Your calendar" }).waitFor();
    const taps = await countTaps(page);
    await page.reload();
    await page.getByRole("link", { name: /^Log it/ }).click();
    await page.getByRole("heading", { level: 1, name: "Log a session" }).waitFor();
    await page.getByText("Swedish massage from your plan with Ann Lee").waitFor();
    expect(await page.getByLabel("Length in minutes").inputValue()).toBe("60");
    await checkPage(page, "log-form");

    // Pain before 6, after 3 and (the first time, no usual price yet) what it cost; save.
    await page
      .getByRole("group", { name: "Pain just before the session" })
      .getByRole("radio", { name: "6" })
      .click();
    await page
      .getByRole("group", { name: "Pain just after the session" })
      .getByRole("radio", { name: "3" })
      .click();
    expect(await taps.taps(), "taps to the essentials: Log it, before, after").toBe(3);
    await page.getByText("More about this session (optional)").click();
    await page.getByLabel("What it cost").fill("90");
    await page.getByRole("button", { name: "Save session" }).click();
    await page.getByRole("heading", { level: 1, name: "Sessions" }).waitFor();
    await page.getByRole("status").getByText("Saved.").waitFor();
    // 4 taps with a usual price from the plan item's last session; 6 when the price is typed.
    expect(await taps.taps(), "taps from the calendar to a saved session").toBeLessThanOrEqual(6);
    await page.getByText("6 → 3").waitFor();
    await checkPage(page, "history");

    // Today: the day-after check-in for that session; answer it.
    await page.goto("/");
    const card = page.getByRole("form", { name: /The day after Swedish massage/ });
    await card.waitFor();
    await checkPage(page, "today-follow-up");
    await card
      .getByRole("group", { name: "How is your pain now?" })
      .getByRole("radio", { name: "4" })
      .click();
    await card.getByRole("radio", { name: "Better" }).click();
    await card.getByRole("button", { name: "Save answer" }).click();
    await card.waitFor({ state: "detached" });

    // The calendar shows the session done; the history shows the answer.
    await page.goto(`/plan/calendar?date=${day}`);
    await page.getByText(/Swedish massage, 60 min · Done/).waitFor();
    await page.goto("/sessions");
    await page.getByText("Next day: pain 4, better than before").waitFor();

    // Adherence (plan page) and spend (costs) count the logged session.
    await page.goto("/plan");
    await page.getByRole("heading", { level: 2, name: "How it is going" }).waitFor();
    await page
      .getByText(/1 of 1 session done/)
      .first()
      .waitFor();
    await checkPage(page, "plan-adherence");
    await page.goto("/costs");
    await page.getByRole("heading", { level: 2, name: "In USD" }).waitFor();
    const byTherapy = page.getByRole("table", { name: "By therapy, USD" });
    await byTherapy.getByRole("rowheader", { name: "Swedish massage" }).waitFor();
    expect(await byTherapy.textContent()).toMatch(/90/);
    await checkPage(page, "spend");

    // Change it from the history: the form is filled in, the time on the person's own clock.
    await page.goto("/sessions");
    const openSession = page.getByRole("link", { name: /^Change or delete Swedish massage/ });
    await openSession.click();
    await page.getByRole("heading", { level: 1, name: "Change a session" }).waitFor();
    await page.getByText(/^Swedish massage, .+, 10:00\.$/).waitFor();
    const painAfter = page.getByRole("group", { name: "Pain just after the session" });
    expect(await painAfter.getByRole("radio", { name: "3" }).isChecked()).toBe(true);
    await checkPage(page, "change-form");
    await painAfter.getByRole("radio", { name: "2" }).click();

    // The price, a technique and one area's pain change in the same form as they are logged.
    await page.getByText("More about this session (optional)").click();
    const price = page.getByLabel("What it cost");
    expect(await price.inputValue()).toBe("90.00");
    await page.getByText("In USD (the currency below).", { exact: false }).waitFor();
    await price.fill("75.50");
    await page.getByLabel("Techniques").fill("effleurage, trigger points");
    // The area worked on (the plan item's left sole) is offered first.
    expect(await page.getByLabel("Area", { exact: true }).inputValue()).toBe("left-sole");
    await page.getByRole("button", { name: "Add this area" }).click();
    await page
      .getByRole("group", { name: "Left sole of foot: pain before (0–10)" })
      .getByRole("radio", { name: "7" })
      .click();
    await page
      .getByRole("group", { name: "Left sole of foot: pain after (0–10)" })
      .getByRole("radio", { name: "4" })
      .click();
    await checkPage(page, "change-form-details");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("status").getByText("Your changes are saved.").waitFor();
    await page.getByText("6 → 2").waitFor();
    const changed = page.getByRole("list", { name: "Your sessions" }).getByRole("listitem");
    await changed.getByText("75.50 USD", { exact: false }).waitFor();
    await changed.getByText("Techniques: effleurage, trigger points").waitFor();
    await changed
      .getByText("Pain by area (0–10), before → after: Left sole of foot 7 → 4")
      .waitFor();
    await checkPage(page, "history-changed");

    // Opened again, the form shows what was saved.
    await openSession.click();
    await page.getByText("More about this session (optional)").click();
    expect(await page.getByLabel("What it cost").inputValue()).toBe("75.50");
    expect(await page.getByLabel("Techniques").inputValue()).toBe("effleurage, trigger points");
    expect(
      await page
        .getByRole("group", { name: "Left sole of foot: pain after (0–10)" })
        .getByRole("radio", { name: "4" })
        .isChecked(),
    ).toBe(true);
    await page.goto("/sessions");

    // Delete it: asked once, in place, then gone from the history.
    await openSession.click();
    await page.getByRole("heading", { level: 1, name: "Change a session" }).waitFor();
    await page.getByRole("button", { name: /^Delete this session/ }).click();
    const confirm = page.getByRole("group", { name: "Confirm deleting" });
    await confirm.getByText(/^Delete Swedish massage, .+, 10:00\?/).waitFor();
    await checkPage(page, "delete-confirm");
    await confirm.getByRole("button", { name: "Yes, delete it" }).click();
    await page.getByRole("status").getByText("The session is deleted.").waitFor();
    await page.getByText(/^No sessions logged yet/).waitFor();
  }, 180_000);
});
