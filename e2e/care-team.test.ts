import type { BrowserContext } from "playwright-core";
import { expect, test } from "vitest";
import { postAsPerson, userIdOf } from "./pages/person-api.js";
import { describeJourney, useBrowser } from "./support/journey.js";
import { pageChecks } from "./support/page-checks.js";
import { aPerson, registerThroughApi } from "./support/people.js";

const phone = { viewport: { width: 390, height: 844 } };

const checkPage = pageChecks("care-team");

type PlanAnswer = { id: string; version: number; items: { id: string; pressure: string | null }[] };

/** The client's plan: one Swedish massage, medium pressure. */
async function planWithMassage(context: BrowserContext): Promise<PlanAnswer> {
  const userId = await userIdOf(context);
  const plan = await postAsPerson<PlanAnswer>(context, `/api/users/${userId}/plans`, {
    idempotencyKey: crypto.randomUUID(),
    title: "My plan",
    startDate: "2026-03-01",
  });
  return postAsPerson<PlanAnswer>(context, `/api/users/${userId}/plans/${plan.id}/items`, {
    expectedVersion: plan.version,
    therapyId: "swedish-massage",
    pressure: "medium",
    schedule: {
      cadence: { kind: "weekly", interval: 2, days: ["MO"] },
      timeOfDay: "10:00",
      durationMinutes: 60,
      startDate: "2026-03-02",
      end: { kind: "never" },
    },
  });
}

describeJourney("care team", () => {
  const browser = useBrowser();

  test("the client invites → the practitioner accepts → logs a session → suggests a change → the client accepts", async () => {
    const client = await browser.open(phone);
    const clientPerson = aPerson({ displayName: "Robin", timeZone: "Pacific/Auckland" });
    await registerThroughApi(client.context, clientPerson);
    const plan = await planWithMassage(client.context);

    // The client invites by e-mail, sharing the plan, sessions and the safety sheet.
    await client.page.goto("/care-team");
    await client.page.getByRole("heading", { level: 1, name: "My care team" }).waitFor();
    await client.page.getByText("No one yet.").waitFor();
    await checkPage(client.page, "settings-empty");
    await client.page.getByLabel("Their e-mail address").fill("sam@example.org");
    await client.page.getByRole("checkbox", { name: "My plan" }).check();
    await client.page.getByRole("checkbox", { name: "My sessions" }).check();
    await client.page.getByRole("checkbox", { name: "My safety sheet" }).check();
    await client.page.getByRole("button", { name: "Send the invitation" }).click();
    const link = client.page.getByLabel("Invitation link (shown only now)");
    await link.waitFor();
    const acceptUrl = new URL(await link.inputValue());
    await checkPage(client.page, "invited");

    // The practitioner opens the link, signed in, and joins.
    const practitioner = await browser.open(phone);
    await registerThroughApi(
      practitioner.context,
      aPerson({ displayName: "Sam", role: "practitioner", timeZone: "America/Los_Angeles" }),
    );
    await practitioner.page.goto(`${acceptUrl.pathname}${acceptUrl.hash}`);
    await practitioner.page.getByRole("heading", { level: 1, name: "Join a care team" }).waitFor();
    await checkPage(practitioner.page, "accept");
    await practitioner.page.getByRole("button", { name: "Join the care team" }).click();
    await practitioner.page.getByText("You are now in Robin's care team.").waitFor();
    await practitioner.page.getByRole("link", { name: "Open Robin" }).click();

    // What Robin shares, in Robin's days: the plan and the safety sheet, not the diary.
    await practitioner.page.getByRole("heading", { level: 1, name: "Robin" }).waitFor();
    await practitioner.page.getByRole("heading", { name: "Robin's plan" }).waitFor();
    await practitioner.page.getByRole("heading", { name: "Safety sheet" }).waitFor();
    await practitioner.page.getByText("Pacific/Auckland").waitFor();
    expect(await practitioner.page.getByRole("heading", { name: /Pain diary/ }).count()).toBe(0);
    await checkPage(practitioner.page, "client");

    // A session that just ended, logged on Robin's record and marked as Sam's.
    await practitioner.page.getByText("Log a session that just ended").click();
    await practitioner.page.getByLabel("Therapy").selectOption({ label: "Swedish massage" });
    await practitioner.page.getByLabel("Pain before (0–10)").selectOption("6");
    await practitioner.page.getByLabel("Pain after (0–10)").selectOption("3");
    await checkPage(practitioner.page, "log-session");
    await practitioner.page.getByRole("button", { name: "Log the session" }).click();
    await practitioner.page
      .getByText("Logged on Robin's record, marked as logged by you.")
      .waitFor();
    await practitioner.page
      .getByText(/Swedish massage, 60 min, pain 6 → 3 \(0–10\) · logged by you/)
      .waitFor();
    const clientId = await userIdOf(client.context);
    const practitionerId = await userIdOf(practitioner.context);
    const logged = (await (
      await client.context.request.get(`/api/users/${clientId}/sessions`)
    ).json()) as { items: { enteredBy: string; painBefore: number; painAfter: number }[] };
    expect(logged.items).toEqual([
      expect.objectContaining({ enteredBy: practitionerId, painBefore: 6, painAfter: 3 }),
    ]);

    // A suggested change: lighter pressure.
    await practitioner.page.getByText("Suggest a change to Swedish massage").click();
    await practitioner.page
      .getByRole("region", { name: "Robin's plan" })
      .getByRole("radio", { name: "Light" })
      .check();
    await practitioner.page.getByLabel("Why you suggest it").fill("Less soreness the day after");
    await checkPage(practitioner.page, "suggest");
    await practitioner.page.getByRole("button", { name: "Suggest this change" }).click();
    await practitioner.page.getByText("Suggested. Robin decides whether to accept it.").waitFor();

    // Robin accepts; the plan changes and its history says who suggested it.
    await client.page.goto("/care-team");
    await client.page.getByRole("heading", { name: "Suggested changes to your plan" }).waitFor();
    await client.page.getByText("Why: Less soreness the day after").waitFor();
    await client.page.getByText("In your care team").waitFor();
    await checkPage(client.page, "proposal");
    await client.page.getByRole("button", { name: "Accept the change" }).click();
    await client.page.getByText(/You accepted it: your plan changed/).waitFor();
    const userId = await userIdOf(client.context);
    const after = (await (
      await client.context.request.get(`/api/users/${userId}/plan`)
    ).json()) as {
      plan: PlanAnswer;
    };
    expect(after.plan.version).toBe(plan.version + 1);
    expect(after.plan.items[0]?.pressure).toBe("light");
    const versions = (await (
      await client.context.request.get(`/api/users/${userId}/plans/${plan.id}/versions`)
    ).json()) as { versions: { version: number; proposedBy: string }[] };
    expect(
      versions.versions.find((entry) => entry.version === after.plan.version)?.proposedBy,
    ).toBe("Sam (care team)");

    // The access log shows Sam's reads; then Robin ends Sam's access, at once.
    await client.page.getByRole("link", { name: "Who has looked at my records" }).click();
    await client.page
      .getByRole("heading", { level: 1, name: "Who has looked at my records" })
      .waitFor();
    await client.page.getByRole("cell", { name: "Sam" }).first().waitFor();
    await checkPage(client.page, "access-log");
    await client.page.getByRole("link", { name: "Back to my care team" }).click();
    await client.page.getByRole("button", { name: "End Sam's access now" }).click();
    await client.page.getByText("Access ended").waitFor();
    const refused = await practitioner.context.request.get(`/api/users/${userId}/plan`);
    expect(refused.status()).toBe(404);
  });
});
