import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsArea } from "../accounts/accounts-area.js";
import { argon2PasswordHasher } from "../accounts/password-hasher.js";
import { randomIds } from "../system/ids.js";
import { startTestApp, type TestApp } from "../testing/test-app.js";
import { demoAccount, ensureDemoAccount } from "./demo-account.js";
import { demoData } from "./demo-data.js";
import { seedDemoData } from "./demo-seed.js";

describe("seeding the demo patient through the API", () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it("saves every made-up record, each on its own day, and the person can read them back", async () => {
    const area = accountsArea({
      db: testApp.database.db,
      clock: testApp.clock,
      ids: randomIds,
      hasher: argon2PasswordHasher(),
    });
    expect(await ensureDemoAccount(area.accounts, area.users)).toBe("created");
    // 40 days keep the test quick; the generator's own test covers 180.
    const data = demoData({
      seed: 1,
      today: "2026-03-28",
      timeZone: demoAccount.timeZone,
      days: 40,
    });
    const summary = await seedDemoData(testApp.app, testApp.clock, data);
    const expectedEntries = data.days.reduce((sum, day) => sum + day.entries.length, 0);
    expect(summary).toMatchObject({ entries: expectedEntries, days: 40 });

    const client = testApp.client();
    const signIn = await client.post("/api/auth/sign-in", {
      email: demoAccount.email,
      password: demoAccount.password,
    });
    const userId = signIn.json<{ user: { id: string } }>().user.id;
    const page = await client.get(`/api/users/${userId}/diary/entries?limit=100`);
    const items = page.json<{ items: { localDate: string }[] }>().items;
    expect(items.length).toBe(expectedEntries);
    expect(items.length).toBeGreaterThan(20);
    expect(new Set(items.map((item) => item.localDate)).size).toBeGreaterThan(20);
    const profile = await client.get(`/api/users/${userId}/pain-profile`);
    expect(profile.json<{ regions: unknown[] }>().regions.length).toBe(4);
    const intake = await client.get(`/api/users/${userId}/safety-intake`);
    expect(intake.json<{ intake: { status: string } }>().intake.status).toBe("complete");
    const responses = await client.get(`/api/users/${userId}/questionnaires/responses`);
    expect(responses.json<{ items: unknown[] }>().items.length).toBeGreaterThanOrEqual(6);
    // The plan made on the first of these 40 days: two items, two goals with progress.
    const plan = await client.get(`/api/users/${userId}/plan`);
    const active = plan.json<{ plan: { title: string; items: { therapyId: string }[] } }>().plan;
    expect(active.title).toBe("My plan for burning feet");
    expect(active.items.map((item) => item.therapyId).sort()).toEqual([
      "body-scan",
      "swedish-massage",
    ]);
    const goals = await client.get(`/api/users/${userId}/plan/goals`);
    expect(goals.json<{ goals: unknown[] }>().goals).toHaveLength(2);
    const practices = await client.get(`/api/users/${userId}/practice/log?limit=50`);
    const expectedPractices = data.days.reduce((sum, day) => sum + day.practices.length, 0);
    expect(summary.practices).toBe(expectedPractices);
    expect(practices.json<{ items: unknown[] }>().items).toHaveLength(expectedPractices);
  });
});
