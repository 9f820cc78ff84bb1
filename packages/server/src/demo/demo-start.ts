import { localDayOf } from "@painplan/core";
import { argon2PasswordHasher } from "../accounts/password-hasher.js";
import { buildApp } from "../app.js";
import { openDatabase } from "../database/database.js";
import { smtpMailer } from "../mail/mailer.js";
import { fixedClock, systemClock } from "../system/clock.js";
import type { ServerConfig } from "../system/config.js";
import { randomIds } from "../system/ids.js";
import { demoAccount } from "./demo-account.js";
import { demoData } from "./demo-data.js";
import { seedDemoData, type DemoSeedSummary } from "./demo-seed.js";

/** The seed of the published demo: the same six months on every machine. */
export const demoSeed = 20_261_129;

/**
 * Fills the (just created) demo patient with six months of made-up data ending today: builds a
 * private copy of the app on the same database, with its own clock that `seedDemoData` moves
 * day by day, sends everything through the API, then closes it. `npm run demo` calls this once,
 * before the real server starts.
 */
export async function fillDemoPatient(config: ServerConfig): Promise<DemoSeedSummary> {
  const database = openDatabase(config.database);
  try {
    await database.migrate();
    const clock = fixedClock(systemClock.now());
    const app = await buildApp({
      db: database.db,
      writes: database.writes,
      clock,
      ids: randomIds,
      hasher: argon2PasswordHasher(),
      logLevel: "warn",
      trustProxy: false,
      webDistDir: config.webDistDir,
      publicUrl: config.publicUrl,
      // Seeding sends no e-mail: a mailer that is off.
      mailer: smtpMailer(undefined, config.mailFrom),
      quotaLimits: config.quotaLimits,
    });
    try {
      const today = localDayOf(systemClock.now().toISOString(), demoAccount.timeZone);
      const data = demoData({ seed: demoSeed, today, timeZone: demoAccount.timeZone });
      return await seedDemoData(app, clock, data);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}
