#!/usr/bin/env node
import { emailSchema, registerRequestSchema } from "@painplan/core";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { accountsArea } from "./accounts/accounts-area.js";
import { argon2PasswordHasher } from "./accounts/password-hasher.js";
import { passwordResetLink } from "./accounts/password-reset-mail.js";
import { openDatabase } from "./database/database.js";
import { backupSqlite, restoreSqlite, type DatabaseSummary } from "./database/sqlite-backup.js";
import { demoAccount, ensureDemoAccount } from "./demo/demo-account.js";
import { importDirectoryCommand } from "./directory/import.command.js";
import { generateDirectoryCommand } from "./directory/synthetic-directory.command.js";
import { fillDemoPatient } from "./demo/demo-start.js";
import { installInstrumentCommand } from "./questionnaires/install-instrument.command.js";
import { startServer, stopOnSignals } from "./server.js";
import { systemClock } from "./system/clock.js";
import { configFromEnvironment, type ServerConfig } from "./system/config.js";
import { randomIds } from "./system/ids.js";

const usage = `Usage: painplan <command>
  serve [--demo]     migrate, then serve the API and web app (--demo: the demo patient, with
                     six months of made-up data the first time)
  migrate            bring the database schema up to date and exit
  create-admin --email EMAIL --display-name NAME [--time-zone ZONE]
                     create an admin; the password is read from PAINPLAN_ADMIN_PASSWORD or stdin
  reset-password EMAIL
                     print a one-time link (30 minutes) for the person to choose a new password
  install-instrument FILE [--instrument dn4|s-lanss|id-pain]
                     install a licensed questionnaire's wording (FHIR R4 Questionnaire JSON)
  backup FILE        copy the embedded database to FILE while the server runs (checked)
  restore FILE       put a backup in place of the embedded database (server stopped)
  import-directory FILE [--format csv|nppes] [--dry-run] [--report FILE] [--batch-size N]
                     import practitioners from our CSV columns or the NPPES public file
                     (docs/directory-import.md); re-run to resume; --abandon drops an unfinished one
  generate-directory FILE [--count N] [--seed N]
                     write a synthetic directory of fictional practitioners (our CSV columns)
Configuration comes from the environment: PORT, HOST, DATA_DIR, DATABASE_URL, LOG_LEVEL, TRUST_PROXY,
PUBLIC_URL (the start of reset links).`;

const say = (line: string) => process.stdout.write(`${line}\n`);
const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/dist");

async function withAccounts<T>(
  config: ServerConfig,
  work: (area: ReturnType<typeof accountsArea>) => Promise<T>,
): Promise<T> {
  const database = openDatabase(config.database);
  try {
    await database.migrate();
    const area = accountsArea({
      db: database.db,
      clock: systemClock,
      ids: randomIds,
      hasher: argon2PasswordHasher(),
    });
    return await work(area);
  } finally {
    await database.close();
  }
}

async function serve(config: ServerConfig, isDemo: boolean): Promise<void> {
  if (isDemo) {
    const outcome = await withAccounts(config, ({ accounts, users }) =>
      ensureDemoAccount(accounts, users),
    );
    if (outcome === "created") {
      const filled = await fillDemoPatient(config);
      say(
        `Demo patient filled with ${filled.days} days of made-up data: ${filled.entries} diary entries, ${filled.questionnaires} questionnaires, a pain profile and a safety intake.`,
      );
    }
    say(
      `Demo patient ${outcome}: sign in as ${demoAccount.email} with password ${demoAccount.password}`,
    );
  }
  const server = await startServer(config);
  stopOnSignals(server);
  say(`PainPlan is running at ${server.url}`);
}

function readPassword(): string {
  const fromEnvironment = process.env["PAINPLAN_ADMIN_PASSWORD"];
  if (fromEnvironment !== undefined) return fromEnvironment;
  return (readFileSync(0, "utf8").split(/\r?\n/)[0] ?? "").trimEnd();
}

async function createAdmin(
  config: ServerConfig,
  options: {
    email?: string | undefined;
    "display-name"?: string | undefined;
    "time-zone"?: string | undefined;
  },
) {
  const parsed = registerRequestSchema.omit({ role: true }).safeParse({
    email: options["email"],
    displayName: options["display-name"],
    timeZone: options["time-zone"] ?? "UTC",
    password: readPassword(),
  });
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n"),
    );
  }
  const user = await withAccounts(config, ({ accounts }) =>
    accounts.createAccount({ ...parsed.data, role: "admin" }),
  );
  say(`Admin ${user.email} created (id ${user.id}).`);
}

function sqliteDataDir(config: ServerConfig, command: string): string {
  if (config.database.kind === "sqlite") return config.database.dataDir;
  throw new Error(
    `${command} is for the embedded database. With PostgreSQL use pg_dump and pg_restore (docs/deploy.md, "Backups").`,
  );
}

function fileArgument(file: string | undefined, command: string): string {
  if (file === undefined || file === "") throw new Error(`Usage: painplan ${command} FILE`);
  return path.resolve(file);
}

function describeSummary(summary: DatabaseSummary): string[] {
  const counts = Object.entries(summary.rowCounts)
    .map(([table, count]) => `${table} ${count}`)
    .join(", ");
  return [
    `Schema version: ${summary.schemaVersion ?? "(none)"}; size ${(summary.bytes / 1e6).toFixed(1)} MB`,
    `Rows: ${counts}`,
  ];
}

async function backup(config: ServerConfig, file: string | undefined): Promise<void> {
  const target = fileArgument(file, "backup");
  const summary = await backupSqlite({
    dataDir: sqliteDataDir(config, "backup"),
    file: target,
    progress: say,
  });
  say(`Backup written to ${target}; integrity check: ok.`);
  describeSummary(summary).forEach(say);
  say("It holds password hashes and health data: store it encrypted.");
}

async function restore(config: ServerConfig, file: string | undefined): Promise<void> {
  const source = fileArgument(file, "restore");
  const restored = await restoreSqlite({
    dataDir: sqliteDataDir(config, "restore"),
    file: source,
    now: systemClock.now(),
    progress: say,
  });
  say(`Restored ${source}.`);
  describeSummary(restored).forEach(say);
  if (restored.keptAs !== undefined) say(`The database it replaced is kept as ${restored.keptAs}.`);
  say("Start the server (it brings an older schema up to date).");
}

/**
 * A forgotten password without e-mail: the admin passes the printed link on to the person (by a
 * channel they trust); it works once, for 30 minutes, and ends every session when used.
 */
async function resetPassword(config: ServerConfig, email: string | undefined) {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) throw new Error("Usage: painplan reset-password EMAIL");
  const reset = await withAccounts(config, ({ passwordResets }) =>
    passwordResets.issue(parsed.data),
  );
  if (reset === undefined) throw new Error(`No account uses ${parsed.data}.`);
  say(`Give this link to ${reset.email}; it works once, until ${reset.expiresAt.toISOString()}:`);
  say(passwordResetLink(config.publicUrl, reset.token));
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: "boolean", default: false },
      email: { type: "string" },
      "display-name": { type: "string" },
      "time-zone": { type: "string" },
      instrument: { type: "string" },
      help: { type: "boolean", default: false },
      format: { type: "string" },
      "dry-run": { type: "boolean" },
      report: { type: "string" },
      "batch-size": { type: "string" },
      abandon: { type: "boolean" },
      count: { type: "string" },
      seed: { type: "string" },
    },
  });
  const config = configFromEnvironment(process.env, defaultWebDist);
  const commands: Record<string, () => Promise<void>> = {
    serve: () => serve(config, values.demo),
    migrate: async () => {
      await withAccounts(config, () => Promise.resolve());
      say("Database is up to date.");
    },
    "create-admin": () => createAdmin(config, values),
    backup: () => backup(config, positionals[1]),
    restore: () => restore(config, positionals[1]),
    "reset-password": () => resetPassword(config, positionals[1]),
    "install-instrument": () =>
      installInstrumentCommand(config, positionals[1], values.instrument, say),
    "import-directory": () => importDirectoryCommand(config, positionals[1], values, say),
    "generate-directory": () => generateDirectoryCommand(positionals[1], values, say),
  };
  const command = commands[positionals[0] ?? ""];
  if (command === undefined) {
    say(usage);
    if (!values.help) process.exitCode = 2;
    return;
  }
  await command();
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`painplan: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
