import { describe, expect, it } from "vitest";
import { dialectOf } from "../database/dialect.js";
import { useTestApp } from "./test-app.js";

const testApp = useTestApp();

/**
 * `server:sqlite` and `server:postgres` run the same files on different databases, with test
 * files sharing workers within a project (isolate: false in vitest.config.ts). This checks that
 * every worker of a project opens that project's database, so neither suite quietly runs twice
 * on the other one.
 */
describe("the database of the test project", () => {
  it("is the one its project names", ({ task }) => {
    const projectDialect: Record<string, string> = {
      "server:sqlite": "sqlite",
      "server:postgres": "postgres",
    };
    const expected = projectDialect[task.file.projectName ?? ""];
    expect(expected, `unknown project ${task.file.projectName}`).toBeDefined();
    expect(dialectOf(testApp.database.db)).toBe(expected);
  });
});
