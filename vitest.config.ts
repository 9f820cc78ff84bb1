import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { PostgresLeftOutNotice } from "./vitest.postgres-notice.js";

// Tests import @painplan/core from source (the "source" export condition), so no build is needed.
const sourceConditions = ["source", "module", "node", "development|production"];
const postgresUrl = process.env["TEST_DATABASE_URL"];
const isCi = process.env["CI"] === "true";

if (isCi && !postgresUrl) {
  throw new Error("CI=true requires TEST_DATABASE_URL: the PostgreSQL suite may not be skipped.");
}

const shared = {
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
};

/**
 * Test files of a worker share one module graph instead of importing the app afresh for every
 * file: the import was most of the run (server: 110 s of 285 s on SQLite). Tests keep no state
 * in modules (each opens its own app and database), and nothing here mocks modules.
 * `zone.test.ts` checks that each project still runs in its own zone.
 */
const sharedModules = { isolate: false };

/**
 * Workers for the whole run. Vitest's default (one fewer than the CPUs) gave a single worker on
 * the 2-CPU machines here, and the projects then ran one after another; the tests wait on the
 * disk, the password hash, PostgreSQL and the browser about half the time, so half again as many
 * workers as CPUs keep the CPUs busy (server:sqlite alone: 121 s → 82 s).
 */
const workers = Math.max(2, Math.ceil(availableParallelism() * 1.5));

export default defineConfig({
  test: {
    maxWorkers: workers,
    // Without a PostgreSQL URL, the run ends by saying that its suite was left out.
    ...(postgresUrl ? {} : { reporters: ["default", new PostgresLeftOutNotice()] }),
    projects: [
      {
        ...shared,
        test: {
          name: "core",
          ...sharedModules,
          include: ["packages/core/src/**/*.test.ts"],
          env: { TZ: "UTC" },
        },
      },
      {
        // Domain code must not depend on the machine's zone: run it again far from UTC
        // (UTC+13:45 in southern summer, with DST).
        ...shared,
        test: {
          name: "core:far-zone",
          ...sharedModules,
          include: ["packages/core/src/**/*.test.ts"],
          env: { TZ: "Pacific/Chatham" },
        },
      },
      {
        ...shared,
        test: { name: "web", ...sharedModules, include: ["packages/web/src/**/*.test.ts"] },
      },
      {
        // The guard rails of eslint.config.js fire on planted violations (lint-rules/fixtures).
        ...shared,
        test: {
          name: "lint-rules",
          ...sharedModules,
          include: ["lint-rules/**/*.test.ts"],
          testTimeout: 120_000,
        },
      },
      {
        ...shared,
        test: {
          name: "server:sqlite",
          ...sharedModules,
          include: ["packages/server/src/**/*.test.ts"],
          exclude: ["**/*.postgres.test.ts"],
          env: { PAINPLAN_TEST_DATABASE: "sqlite" },
          testTimeout: 20_000,
          // Dropping a test database or schema can take seconds on a loaded machine.
          hookTimeout: 60_000,
        },
      },
      ...(postgresUrl
        ? [
            {
              ...shared,
              test: {
                name: "server:postgres",
                ...sharedModules,
                include: [
                  "packages/server/src/**/*.int.test.ts",
                  "packages/server/src/**/*.postgres.test.ts",
                ],
                env: { PAINPLAN_TEST_DATABASE: "postgres" },
                testTimeout: 20_000,
                // Dropping a test database or schema can take seconds on a loaded machine.
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        ...shared,
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          globalSetup: ["e2e/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
