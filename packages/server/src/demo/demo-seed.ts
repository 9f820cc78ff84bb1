import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Plan, User } from "@painplan/core";
import { demoAccount } from "./demo-account.js";
import type { DemoData } from "./demo-data.js";

type SettableClock = { set(at: Date): void };
type Method = "GET" | "POST" | "PUT";

/** What seeding sent: counts for the start-up message (no health text). */
export type DemoSeedSummary = {
  entries: number;
  questionnaires: number;
  practices: number;
  days: number;
};

/**
 * Sends the demo data through the app's own API, as the web app would (cookies, CSRF header),
 * with the app's clock set to each day in turn: every record passes the same validation,
 * authorisation, quotas and audit as a real one, and carries the day it describes. The clock is
 * the app's own (a `fixedClock`), so nothing outside this app sees the time travel. Throws with
 * the route and status when the API refuses something (the data would be wrong, not the API).
 */
export async function seedDemoData(
  app: FastifyInstance,
  clock: SettableClock,
  data: DemoData,
): Promise<DemoSeedSummary> {
  const cookies = new Map<string, string>();
  async function send(method: Method, url: string, body?: unknown) {
    const headers: Record<string, string> = {};
    if (cookies.size > 0) {
      headers["cookie"] = [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    }
    const csrf = cookies.get("pp_csrf") ?? cookies.get("__Host-pp_csrf");
    if (method !== "GET" && csrf !== undefined) headers["x-csrf-token"] = csrf;
    const response: LightMyRequestResponse = await app.inject({
      method,
      url,
      headers,
      remoteAddress: "127.0.0.1",
      ...(body === undefined ? {} : { payload: body as object }),
    });
    for (const cookie of response.cookies) {
      if (cookie.value === "") cookies.delete(cookie.name);
      else cookies.set(cookie.name, cookie.value);
    }
    return response;
  }
  async function signIn(): Promise<User> {
    cookies.clear();
    const response = await send("POST", "/api/auth/sign-in", {
      email: demoAccount.email,
      password: demoAccount.password,
    });
    if (response.statusCode !== 200) throw new Error(`demo sign-in failed: ${response.statusCode}`);
    return response.json<{ user: User }>().user;
  }
  /** Sends once; signs in again if the session ended (days pass quickly here). */
  async function sendSignedIn(method: Method, url: string, body: unknown) {
    let response = await send(method, url, body);
    if (response.statusCode === 401) {
      await signIn();
      response = await send(method, url, body);
    }
    if (response.statusCode >= 300) {
      throw new Error(
        `demo data refused: ${method} ${url} → ${response.statusCode} ${response.body}`,
      );
    }
    return response;
  }

  /** The plan, then each item on the version the previous answer gave, then the goals. */
  async function sendPlan(base: string) {
    let plan = (await sendSignedIn("POST", `${base}/plans`, data.plan.plan)).json<Plan>();
    for (const item of data.plan.items) {
      const response = await sendSignedIn("POST", `${base}/plans/${plan.id}/items`, {
        ...item,
        expectedVersion: plan.version,
      });
      plan = response.json<Plan>();
    }
    for (const goal of data.plan.goals) await sendSignedIn("POST", `${base}/plan/goals`, goal);
  }

  const first = data.days[0];
  if (first === undefined) return { entries: 0, questionnaires: 0, practices: 0, days: 0 };
  clock.set(new Date(first.sendAt));
  const user = await signIn();
  const base = `/api/users/${user.id}`;
  await sendSignedIn("PUT", `${base}/pain-profile`, data.profile);
  await sendSignedIn("PUT", `${base}/safety-intake`, data.safetyIntake);
  let entries = 0;
  let questionnaires = 0;
  let practices = 0;
  for (const day of data.days) {
    clock.set(new Date(day.sendAt));
    if (day.date === data.plan.day) await sendPlan(base);
    for (const entry of day.entries) {
      await sendSignedIn("POST", `${base}/diary/entries`, entry);
      entries += 1;
    }
    for (const response of day.questionnaires) {
      await sendSignedIn("POST", `${base}/questionnaires/responses`, response);
      questionnaires += 1;
    }
    for (const practice of day.practices) {
      await sendSignedIn("POST", `${base}/practice/log`, practice);
      practices += 1;
    }
  }
  await send("POST", "/api/auth/sign-out", {});
  return { entries, questionnaires, practices, days: data.days.length };
}
