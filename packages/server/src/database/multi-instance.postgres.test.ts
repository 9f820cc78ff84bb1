import { loginThrottlePolicy } from "@painplan/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { freshDatabasePlace, type TestDatabasePlace } from "../testing/test-database.js";
import { startTestApp, type TestApp } from "../testing/test-app.js";
import { openDatabase, type OpenDatabase } from "./database.js";
import { migrationNames } from "./migrator.js";

/**
 * Two app instances, each with its own connection pool, on one PostgreSQL database: they must
 * behave as one service (the deployment of docs/deploy.md behind a load balancer).
 */
let place: TestDatabasePlace;
let databases: OpenDatabase[];
let instanceA: TestApp;
let instanceB: TestApp;

beforeAll(async () => {
  place = await freshDatabasePlace("postgres");
  databases = [openDatabase(place.config), openDatabase(place.config)];
  // Both start at once: the advisory lock lets exactly one apply the migrations.
  await Promise.all(databases.map((database) => database.migrate()));
  const [first, second] = databases as [OpenDatabase, OpenDatabase];
  instanceA = await startTestApp({ database: first });
  instanceB = await startTestApp({ database: second });
});

afterAll(async () => {
  await instanceA.close();
  await instanceB.close();
  await Promise.all(databases.map((database) => database.close()));
  await place.dispose();
});

describe("two instances on one PostgreSQL database", () => {
  it("applied each migration exactly once when started together", async () => {
    const [first] = databases as [OpenDatabase];
    const applied = await first.db
      .withoutPlugins()
      .selectFrom("kysely_migration" as never)
      .select("name" as never)
      .execute();
    expect(applied).toEqual(migrationNames.map((name) => ({ name })));
    expect(migrationNames).toContain("0001-accounts");
  });

  it("shares sessions: signed in on A, recognised, changed and signed out on B", async () => {
    const { client: onA } = await signedInPatient(instanceA);
    const onB = instanceB.client();
    for (const [name, value] of onA.cookies) onB.cookies.set(name, value);
    expect((await onB.get("/api/me")).statusCode).toBe(200);
    expect((await onB.patch("/api/me", { timeZone: "Asia/Kolkata" })).statusCode).toBe(200);
    expect((await onA.get("/api/me")).json()).toMatchObject({ user: { timeZone: "Asia/Kolkata" } });
    expect((await onB.post("/api/auth/sign-out")).statusCode).toBe(204);
    expect((await onA.get("/api/me")).statusCode).toBe(401);
  });

  it("shares sign-in throttling: failures on A and B add up", async () => {
    const { user, password } = await signedInPatient(instanceA);
    for (let attempt = 0; attempt < loginThrottlePolicy.account.maxFailures; attempt += 1) {
      const instance = attempt % 2 === 0 ? instanceA : instanceB;
      const failed = await instance.client(`10.2.0.${attempt}`).post("/api/auth/sign-in", {
        email: user.email,
        password: "not the password",
      });
      expect(failed.statusCode).toBe(401);
    }
    for (const instance of [instanceA, instanceB]) {
      const locked = await instance
        .client("10.2.1.1")
        .post("/api/auth/sign-in", { email: user.email, password });
      expect(locked.statusCode).toBe(429);
    }
  });

  it("counts concurrent failures without losing any", async () => {
    const { user } = await signedInPatient(instanceA);
    const attempts = Array.from({ length: 4 }, (_, index) =>
      (index % 2 === 0 ? instanceA : instanceB)
        .client(`10.3.0.${index}`)
        .post("/api/auth/sign-in", { email: user.email, password: "not the password" }),
    );
    await Promise.all(attempts);
    const row = await instanceA.database.db
      .selectFrom("login_throttle")
      .select("failures")
      .where("key", "=", `account:${user.email}`)
      .executeTakeFirstOrThrow();
    expect(row.failures).toBe(4);
  });
});
