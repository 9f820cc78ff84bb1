import type { Reporter, TestModule } from "vitest/node";

/**
 * Without TEST_DATABASE_URL the `server:postgres` project is not defined, so its tests are left
 * out without a word. This reporter ends such a run with one line that says so, when server tests
 * ran (CI=true refuses to run without the URL instead; see vitest.config.ts).
 */
export class PostgresLeftOutNotice implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const ranServerTests = testModules.some((module) => module.project.name === "server:sqlite");
    if (!ranServerTests) return;
    process.stdout.write(
      "\nNote: the PostgreSQL suite (server:postgres) was left out: set TEST_DATABASE_URL=postgres://… to run it.\n",
    );
  }
}
