import { type Migration, type MigrationResult, Migrator } from "kysely";
import type { Database } from "./database.js";
import * as accounts from "./migrations/0001-accounts.js";
import * as painDiary from "./migrations/0002-pain-diary.js";
import * as questionnaires from "./migrations/0003-questionnaires.js";
import * as safetyIntake from "./migrations/0004-safety-intake.js";
import * as signInSessions from "./migrations/0005-sign-in-sessions.js";
import * as compiledInstruments from "./migrations/0020-compiled-instruments.js";
import * as userCountry from "./migrations/0050-user-country.js";
import * as accountQuotas from "./migrations/0030-account-quotas.js";
import * as accountErasures from "./migrations/0031-account-erasures.js";
import * as trustedDevices from "./migrations/0010-trusted-devices.js";
import * as passwordResets from "./migrations/0011-password-resets.js";
import * as practice from "./migrations/0080-practice.js";
import * as jobs from "./migrations/0070-jobs.js";
import * as reminders from "./migrations/0071-reminders.js";
import * as plans from "./migrations/0060-plans.js";
import * as planGoalChecks from "./migrations/0065-plan-goal-checks.js";
import * as passkeys from "./migrations/0090-passkeys.js";
import * as therapySessions from "./migrations/0100-therapy-sessions.js";
import * as sessionFollowUps from "./migrations/0101-session-follow-ups.js";
import * as planMissed from "./migrations/0102-plan-missed.js";
import * as costs from "./migrations/0105-costs.js";
import * as directory from "./migrations/0110-directory.js";
import * as careTeam from "./migrations/0115-care-team.js";
import * as directoryImports from "./migrations/0112-directory-imports.js";
import * as practiceLogKeys from "./migrations/0116-practice-log-keys.js";
import * as costsCreateKeys from "./migrations/0117-costs-create-keys.js";
import * as costPackageKeys from "./migrations/0118-cost-package-keys.js";
import * as planCreateKeys from "./migrations/0119-plan-create-keys.js";
import * as careTeamCreateKeys from "./migrations/0120-care-team-create-keys.js";

/** The one migration history, for SQLite and PostgreSQL alike. Append; never edit a released one. */
const migrations: Record<string, Migration> = {
  "0001-accounts": accounts,
  "0002-pain-diary": painDiary,
  "0003-questionnaires": questionnaires,
  "0004-safety-intake": safetyIntake,
  "0005-sign-in-sessions": signInSessions,
  "0020-compiled-instruments": compiledInstruments,
  "0050-user-country": userCountry,
  "0030-account-quotas": accountQuotas,
  "0031-account-erasures": accountErasures,
  "0010-trusted-devices": trustedDevices,
  "0011-password-resets": passwordResets,
  "0080-practice": practice,
  "0070-jobs": jobs,
  "0071-reminders": reminders,
  "0060-plans": plans,
  "0065-plan-goal-checks": planGoalChecks,
  "0090-passkeys": passkeys,
  "0100-therapy-sessions": therapySessions,
  "0101-session-follow-ups": sessionFollowUps,
  "0102-plan-missed": planMissed,
  "0105-costs": costs,
  "0110-directory": directory,
  "0115-care-team": careTeam,
  "0112-directory-imports": directoryImports,
  "0116-practice-log-keys": practiceLogKeys,
  "0117-costs-create-keys": costsCreateKeys,
  "0118-cost-package-keys": costPackageKeys,
  "0119-plan-create-keys": planCreateKeys,
  "0120-care-team-create-keys": careTeamCreateKeys,
};

/** In the order they apply. */
export const migrationNames = Object.keys(migrations).sort();

export class MigrationError extends Error {}

/**
 * Brings the schema up to date. On PostgreSQL, Kysely holds an advisory lock while it migrates,
 * so several instances starting together never run a migration twice.
 */
export async function migrateToLatest(db: Database, schema?: string): Promise<MigrationResult[]> {
  return migrateUpTo(db, undefined, schema);
}

/**
 * Brings the schema up to the named migration (undefined: the latest). Tests use a name to set
 * up data as an older release stored it before the migration that changes it.
 */
export async function migrateUpTo(
  db: Database,
  name: string | undefined,
  schema?: string,
): Promise<MigrationResult[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error, results } =
    name === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(name);
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === "Error")?.migrationName;
    throw new MigrationError(
      `Migration ${failed ?? "(unknown)"} failed: ${error instanceof Error ? error.message : "unknown error"}`,
      {
        cause: error,
      },
    );
  }
  return results ?? [];
}
