import { addCalendarDays, localDayOf } from "@painplan/core";
import { safetyAnswersAllNo } from "./support/safety-answers.js";
import ICAL from "ical.js";
import type { BrowserContext } from "playwright-core";
import { expect, test } from "vitest";
import { putAsPerson, sendAsPerson, userIdOf } from "./pages/person-api.js";
import { describeJourney, useBrowser } from "./support/journey.js";
import { pageChecks } from "./support/page-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";

const timeZone = "Europe/Paris";
const phone = { viewport: { width: 390, height: 844 } };
const checkPage = pageChecks("plan");

/** A finished safety intake with a blood thinner: deep massage is to be avoided. */
const bloodThinnerIntake = {
  status: "complete",
  answers: safetyAnswersAllNo({ bloodThinners: "yes" }),
  preferences: { pressurePreference: "light", discomfortSignal: "I will say stop" },
};

/** Another tab changes the active plan (with the version it holds); this page keeps its own. */
async function changePlanElsewhere(context: BrowserContext, fields: object): Promise<void> {
  const userId = await userIdOf(context);
  const { plan } = (await (await context.request.get(`/api/users/${userId}/plan`)).json()) as {
    plan: { id: string; version: number };
  };
  const path = `/api/users/${userId}/plans/${plan.id}`;
  await sendAsPerson(context, "PATCH", path, { expectedVersion: plan.version, ...fields }, 200);
}

type CalendarOccurrence = { title: string; localDate: string; localTime: string; status: string };

describeJourney("plan", () => {
  const browser = useBrowser();

  test("two items and a goal → calendar → reminder settings → the feed parses in ical.js", async () => {
    const { context, page } = await browser.open(phone);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await registerThroughApi(context, aPerson({ timeZone }));
    const today = localDayOf(new Date().toISOString(), timeZone);

    await page.goto("/plan");
    await page.getByRole("heading", { name: "No plan yet" }).waitFor();
    await checkPage(page, "empty");

    // The first item, counted: every click or choice a person makes.
    let taps = 0;
    const tap = async (action: () => Promise<unknown>) => {
      taps += 1;
      await action();
    };
    await tap(() => page.getByRole("link", { name: "Add a therapy" }).click());
    await page.getByRole("heading", { level: 1, name: "Add to your plan" }).waitFor();
    // A native select: one tap to open it, one to choose.
    taps += 1;
    await tap(() => page.getByLabel("Therapy").selectOption({ label: "Swedish massage" }));
    const preview = page.getByRole("region", { name: "Your schedule" });
    await expect
      .poll(() => preview.textContent())
      .toMatch(/Every 2 weeks on \w+day at 10:00, 60 min/);
    expect(await page.getByRole("radio", { name: "60 min" }).isChecked()).toBe(true);
    await page.getByRole("region", { name: "Safety for you" }).waitFor();
    await page.getByText(/No clashes with the rest of your plan/).waitFor();
    await checkPage(page, "builder-massage");
    await tap(() => page.getByRole("button", { name: "Save to my plan" }).click());
    await page.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
    await page.getByRole("heading", { level: 3, name: "Swedish massage" }).waitFor();
    expect(taps, "taps to build the first item").toBeLessThanOrEqual(5);
    process.stdout.write(`[plan journey] taps to build the first item: ${taps}\n`);

    // The second item: a daily body scan from today at 10:15 clashes with the massage days.
    await page.getByRole("link", { name: "Add a therapy" }).click();
    await page.getByLabel("Therapy").selectOption({ label: "Body scan" });
    await page.getByRole("radio", { name: "Every day" }).check();
    const firstSession = page.getByRole("group", { name: "First session" });
    await firstSession.getByLabel("Date", { exact: true }).fill(today);
    await firstSession.getByLabel(/^Time/).fill("10:15");
    await expect.poll(() => preview.textContent()).toContain("Every day at 10:15");
    await page.getByRole("heading", { name: /clash/ }).waitFor();
    await checkPage(page, "builder-body-scan");
    await page.getByRole("button", { name: "Save to my plan" }).click();
    await page.getByRole("heading", { level: 3, name: "Body scan" }).waitFor();
    // A change with its reason: weekly instead of every 2 weeks; the old version is kept.
    await page.getByRole("link", { name: "Change Swedish massage" }).click();
    await page.getByRole("heading", { level: 1, name: "Change Swedish massage" }).waitFor();
    await page.getByRole("button", { name: "One week fewer" }).click();
    await expect.poll(() => preview.textContent()).toMatch(/Every week on \w+day at 10:00/);
    await page.getByLabel("Why this change (optional)").fill("Weekly works better for me");
    await checkPage(page, "builder-change");
    await page.getByRole("button", { name: "Save the change" }).click();
    await page.getByText(/The change is saved/).waitFor();
    await page.getByText("Why: Weekly works better for me").waitFor();
    await page.getByRole("heading", { name: "How your plan changed" }).waitFor();
    await expect.poll(() => page.locator(".plan-timeline__entry").count()).toBeGreaterThan(1);
    await checkPage(page, "overview");

    // A goal: the defaults are 30 % less pain in 12 weeks.
    await page.getByRole("link", { name: "Goals" }).click();
    await page.getByRole("heading", { level: 1, name: "Your goals" }).waitFor();
    await page.getByRole("button", { name: "Save the goal" }).click();
    await page.getByRole("heading", { name: /Average pain down 30 %/ }).waitFor();
    await checkPage(page, "goals");

    // The calendar: list, week and month, in the person's zone.
    await page.goto("/plan/calendar");
    await page.getByRole("heading", { level: 1, name: "Your calendar" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Today" }).waitFor();
    expect(await page.getByText("Body scan").count()).toBeGreaterThan(5);
    await checkPage(page, "calendar-list");
    await page.getByRole("button", { name: "Week" }).click();
    await page.getByRole("heading", { level: 2, name: "Today" }).waitFor();
    await checkPage(page, "calendar-week");
    await page.getByRole("button", { name: "Month" }).click();
    await page.locator("table.plan-month").waitFor();
    await checkPage(page, "calendar-month");

    // Cancel one body scan (tomorrow's, the list's second day): only that one changes.
    await page.getByRole("button", { name: "List" }).click();
    const tomorrow = page.locator(".plan-day").nth(1);
    const tomorrowDay = String(Number(addCalendarDays(today, 1).slice(8)));
    expect(await tomorrow.getByRole("heading", { level: 2 }).textContent()).toContain(
      ` ${tomorrowDay} `,
    );
    await tomorrow.getByRole("button", { name: /Move or cancel Body scan/ }).click();
    await tomorrow.getByRole("button", { name: "Cancel this session" }).click();
    await tomorrow.getByText(/Body scan.*Cancelled/).waitFor();

    // Today's body scan happened: one tap marks it held.
    const todayInList = page.locator(".plan-day").nth(0);
    await todayInList.getByRole("button", { name: /I had this session.*Body scan/ }).click();
    await todayInList.getByText(/Body scan.*Done/).waitFor();

    // The dashboard's Today list.
    await page.goto("/");
    const todayList = page.getByRole("region", { name: "Today" });
    await todayList.getByText(/10:15 Body scan/).waitFor();
    await checkPage(page, "dashboard-today");

    // Reminder settings and the private calendar link.
    await page.goto("/reminders");
    await page.getByRole("heading", { level: 1, name: "Reminders" }).waitFor();
    await checkPage(page, "reminders");
    await page.getByRole("radio", { name: "15 minutes before" }).check();
    await page.getByRole("checkbox", { name: /Quiet hours/ }).check();
    await page.getByLabel("Quiet from").fill("21:30");
    await page.getByRole("button", { name: "Save reminder settings" }).click();
    await page.getByText("Your reminder settings are saved.").waitFor();
    await page.getByRole("button", { name: "Make my calendar link" }).click();
    const feedUrl = await page.getByLabel(/Your private calendar link/).inputValue();
    await page.getByRole("button", { name: "Copy the link" }).click();
    await page.getByText(/Copied/).waitFor();
    await checkPage(page, "reminders-link");

    // The push worker is served same-origin, passes the CSP, and controls the whole app.
    const scope = await page.evaluate(async () => {
      await navigator.serviceWorker.register("/push-worker.js", { scope: "/" });
      return (await navigator.serviceWorker.ready).scope;
    });
    expect(new URL(scope).pathname).toBe("/");

    const feed = await context.request.get(feedUrl);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toContain("text/calendar");
    const calendar = ICAL.Component.fromString(await feed.text());
    const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    const series = events.filter((event) => !event.isRecurrenceException());
    expect(series.map((event) => event.summary).sort()).toEqual(["Body scan", "Swedish massage"]);
    // The lead time chosen in the settings is each series' alarm.
    for (const event of series) {
      const alarm = event.component.getFirstSubcomponent("valarm");
      expect(String(alarm?.getFirstPropertyValue("trigger")), event.summary).toBe("-PT15M");
    }

    // Our calendar and the feed agree on the next four weeks of each item.
    const userId = await userIdOf(context);
    const to = addCalendarDays(today, 27);
    const api = await context.request.get(
      `/api/users/${userId}/plan/calendar?from=${today}&to=${to}`,
    );
    const { occurrences } = (await api.json()) as { occurrences: CalendarOccurrence[] };
    for (const event of series) {
      const ours = occurrences
        .filter((occurrence) => occurrence.title === event.summary)
        .filter((occurrence) => occurrence.status !== "cancelled")
        .map((occurrence) => `${occurrence.localDate}T${occurrence.localTime}`)
        .sort();
      expect(ours.length, `${event.summary}: sessions in the window`).toBeGreaterThan(1);
      const theirs = expandUntil(event, to, events);
      expect(theirs, `${event.summary}: the feed expands to our occurrences`).toEqual(ours);
    }

    // Feed health: a calendar known to drop the alarms of subscribed feeds is named plainly.
    await context.request.get(feedUrl, { headers: { "user-agent": "Google-Calendar-Importer" } });
    await page.reload();
    await page.getByText(/Last fetched .* by Google Calendar/).waitFor();
    expect(await page.getByRole("region", { name: "Your calendar app" }).textContent()).toMatch(
      /alarm/i,
    );
    await checkPage(page, "reminders-feed-health");
  }, 300_000);

  test("a pause for a flare and back; a stale edit is refused kindly", async () => {
    const { context, page } = await browser.open(phone);
    await registerThroughApi(context, aPerson({ timeZone }));
    await page.goto("/plan/items/new");
    await page.getByLabel("Therapy").selectOption({ label: "Body scan" });
    await page.getByRole("region", { name: "Your schedule" }).waitFor();
    await page.getByRole("button", { name: "Save to my plan" }).click();
    await page.getByRole("heading", { level: 3, name: "Body scan" }).waitFor();

    await page.getByLabel("Reason (optional)").fill("Flare after a long walk");
    await page.getByRole("button", { name: "Pause my plan" }).click();
    await page.getByText(/Your plan is resting until/).waitFor();
    await page.getByText("Reason: Flare after a long walk").waitFor();
    await checkPage(page, "paused");
    await page.getByRole("button", { name: "Resume my plan now" }).click();
    await page.getByRole("button", { name: "Pause my plan" }).waitFor();
    // Created, item added, paused, resumed: four changes in the timeline.
    await expect.poll(() => page.locator(".plan-timeline__entry").count()).toBe(4);

    // Another tab changes the plan; this page still holds the old version.
    await changePlanElsewhere(context, { title: "Plan after the flare" });
    await page.getByRole("button", { name: "Remove Body scan" }).click();
    await page.getByRole("button", { name: "Yes, remove it" }).click();
    await page.getByText(/Your plan changed in the meantime/).waitFor();
    await checkPage(page, "stale-edit");
    // The refreshed plan carries the new version: trying again works.
    await page.getByRole("button", { name: "Yes, remove it" }).click();
    await page.getByText("Nothing yet. Add a therapy to start.").waitFor();
  }, 180_000);

  test("plan details with a reason, a goal changed and deleted, an extra session, earlier plans", async () => {
    const { context, page } = await browser.open(phone);
    await registerThroughApi(context, aPerson({ timeZone }));
    const today = localDayOf(new Date().toISOString(), timeZone);
    await page.goto("/plan/items/new");
    await page.getByLabel("Therapy").selectOption({ label: "Body scan" });
    await expect
      .poll(() => page.getByRole("region", { name: "Your schedule" }).textContent())
      .toMatch(/at \d\d:\d\d, \d+ min/);
    // A custom calendar rule previews its next dates too (core's expansion, as the calendar).
    await page.getByRole("radio", { name: "Something else (a calendar rule)" }).check();
    await page.getByRole("textbox", { name: "Calendar rule" }).fill("FREQ=WEEKLY;BYDAY=MO,TH");
    const schedule = page.getByRole("region", { name: "Your schedule" });
    await expect
      .poll(() => schedule.textContent())
      .toContain("Custom rule FREQ=WEEKLY;BYDAY=MO,TH");
    await expect.poll(() => schedule.getByRole("listitem").count()).toBe(5);
    const previewed = await schedule.getByRole("listitem").allTextContents();
    expect(previewed.every((line) => /^(Monday|Thursday) /.test(line))).toBe(true);
    await checkPage(page, "builder-custom-rule");
    await page.getByRole("radio", { name: "Every day" }).check();
    await page.getByRole("button", { name: "Save to my plan" }).click();
    await page.getByRole("heading", { level: 3, name: "Body scan" }).waitFor();

    // The plan's own details, with a reason; nothing changed is said kindly, not sent.
    await page.getByRole("link", { name: "Plan details" }).click();
    await page.getByRole("heading", { level: 1, name: "Change your plan's details" }).waitFor();
    await checkPage(page, "details");
    await page.getByRole("button", { name: "Save the details" }).click();
    await page.getByText(/Nothing is changed yet/).waitFor();
    await page.getByLabel("Name of the plan").fill("Spring plan");
    await page.getByLabel("Review date (optional)").fill(addCalendarDays(today, 90));
    await page.getByLabel("Made with (optional)").fill("Sam, my physiotherapist");
    await page.getByLabel("Why this change (optional)").fill("Agreed at the clinic");
    // Another tab changes the plan first: 409, nothing overwritten, the typing kept.
    await changePlanElsewhere(context, { madeWith: "someone else" });
    await page.getByRole("button", { name: "Save the details" }).click();
    await page.getByRole("heading", { name: "Your plan changed in the meantime" }).waitFor();
    expect(await page.getByLabel("Name of the plan").inputValue()).toBe("Spring plan");
    // The notice says when the refreshed plan was changed (no version number for patients); the
    // next save sends the refreshed version, so it goes through.
    await page.getByText(/Since you opened this page, your plan was changed \(/).waitFor();
    await checkPage(page, "details-stale");
    await page.getByRole("button", { name: "Save the details" }).click();
    await page.getByText(/The details are saved/).waitFor();
    await page.getByText(/Spring plan: started .*; made with Sam, my physiotherapist\./).waitFor();
    await page.getByText("Why: Agreed at the clinic").waitFor();

    // A goal changed, then deleted (asked once).
    await page.getByRole("link", { name: "Goals" }).click();
    await page.getByRole("button", { name: "Save the goal" }).click();
    const goal = page.locator(".plan-item").filter({ hasText: "Average pain down" });
    await goal.getByRole("heading", { name: /Average pain down 30 %/ }).waitFor();
    await goal.getByText("Change this goal").click();
    await goal.getByLabel("Percent less pain").fill("0");
    await goal.getByRole("button", { name: "Save the change" }).click();
    await goal.getByRole("link", { name: /Percent less pain/ }).waitFor();
    await checkPage(page, "goal-change-error");
    await goal.getByLabel("Percent less pain").fill("40");
    await goal.getByRole("button", { name: "Save the change" }).click();
    await goal.getByRole("heading", { name: /Average pain down 40 %/ }).waitFor();
    await goal.getByText("The goal is changed.").waitFor();
    await checkPage(page, "goal-changed");
    await goal.getByRole("button", { name: /^Delete the goal/ }).click();
    await checkPage(page, "goal-delete-ask");
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    await page.getByText("No goals yet.").waitFor();

    // One extra session from the calendar; the series stays.
    await page.goto("/plan/calendar");
    await page.getByRole("heading", { level: 1, name: "Your calendar" }).waitFor();
    // Cancel one session, then change your mind: it comes back.
    await page
      .getByRole("button", { name: /Move or cancel Body scan/ })
      .first()
      .click();
    await page.getByRole("button", { name: "Cancel this session" }).click();
    await page.getByText(/Body scan.*Cancelled/).waitFor();
    await checkPage(page, "calendar-cancelled");
    await page.getByRole("button", { name: /Bring this session back/ }).click();
    await expect.poll(() => page.getByText(/Cancelled/).count()).toBe(0);
    await page.getByText("Add an extra session").click();
    const extraDay = addCalendarDays(today, 2);
    const when = page.getByRole("group", { name: "When" });
    await when.getByLabel("Date", { exact: true }).fill(extraDay);
    await when.getByLabel(/^Time/).fill("18:00");
    await page.getByLabel("Length in minutes").fill("20");
    await checkPage(page, "calendar-add");
    await page.getByRole("button", { name: "Add this session" }).click();
    await page.getByText(/Extra session of Body scan added: .* at 18:00\./).waitFor();
    const extraInList = page.locator(".plan-day").filter({ hasText: "18:00" });
    await extraInList.getByText(/Body scan, 20 min · Extra session/).waitFor();
    await checkPage(page, "calendar-added");

    // A new plan archives this one; it stays readable, and cannot be changed.
    await page.goto("/plan/details");
    await page.getByText("Start afresh with an empty plan").click();
    await page.getByRole("button", { name: "Start the new plan" }).click();
    await page.getByRole("link", { name: /Name of the new plan/ }).waitFor();
    await checkPage(page, "new-plan-error");
    await page.getByLabel("Name of the new plan").fill("Summer plan");
    await page.getByRole("button", { name: "Start the new plan" }).click();
    await page.getByText(/Your new plan is started/).waitFor();
    await page.goto("/plan");
    await page.getByText(/Summer plan: started/).waitFor();
    await page.getByRole("link", { name: "Earlier plans" }).click();
    await page.getByRole("heading", { level: 1, name: "Your earlier plans" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Spring plan" }).waitFor();
    await checkPage(page, "archived-list");
    await page.getByRole("link", { name: "Open Spring plan" }).click();
    await page.getByRole("heading", { level: 1, name: "Spring plan" }).waitFor();
    await page.getByRole("heading", { level: 3, name: "Body scan" }).waitFor();
    await page.getByText("Why: Agreed at the clinic").waitFor();
    expect(await page.getByRole("link", { name: /^Change/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Remove/ }).count()).toBe(0);
    await checkPage(page, "archived-plan");
  }, 240_000);

  test("'avoid' blocks saving until the person records who cleared it", async () => {
    const { context, page } = await browser.open(phone);
    await registerThroughApi(context, aPerson({ timeZone }));
    await putAsPerson(
      context,
      (userId) => `/api/users/${userId}/safety-intake`,
      bloodThinnerIntake,
    );
    await page.goto("/plan/items/new");
    await page.getByLabel("Therapy").selectOption({ label: "Deep tissue massage" });
    const safety = page.getByRole("region", { name: "Safety for you" });
    await safety.waitFor();
    await expect.poll(() => safety.textContent()).toMatch(/Avoid/);
    expect(await safety.textContent()).toMatch(/blood/i);
    await checkPage(page, "builder-avoid");

    await page.getByRole("button", { name: "Save to my plan" }).click();
    await page.getByRole("link", { name: /Who cleared it/ }).waitFor();
    await page.getByLabel("My provider cleared this: who?").fill("Dr Lee, my GP");
    await page.getByRole("button", { name: "Save to my plan" }).click();
    await page.getByRole("heading", { level: 3, name: "Deep tissue massage" }).waitFor();
    await page.getByText(/cleared by Dr Lee, my GP/).waitFor();
  }, 120_000);
});

/**
 * Local starts of a series up to `lastDay` (inclusive), as ical.js expands it: its iterator
 * applies RRULE and EXDATE; a RECURRENCE-ID exception moves its occurrence.
 */
function expandUntil(event: ICAL.Event, lastDay: string, all: readonly ICAL.Event[]): string[] {
  const exceptions = all.filter(
    (candidate) => candidate.isRecurrenceException() && candidate.uid === event.uid,
  );
  const starts: string[] = [];
  const iterator = event.iterator();
  for (;;) {
    // At the end of a finite series the iterator answers undefined (its type does not say so).
    const next = iterator.next() as ICAL.Time | undefined;
    if (next === undefined || next.toString().slice(0, 10) > lastDay) break;
    const moved = exceptions.find(
      (exception) => exception.recurrenceId.toString() === next.toString(),
    );
    starts.push((moved === undefined ? next : moved.startDate).toString().slice(0, 16));
  }
  return starts.sort();
}
