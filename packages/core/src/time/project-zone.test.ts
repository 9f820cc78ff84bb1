import { describe, expect, it } from "vitest";

/**
 * The `core` project runs in UTC and `core:far-zone` in Pacific/Chatham (vitest.config.ts). Test
 * files share modules and workers within a project (isolate: false), so this checks that each
 * worker still runs in its own project's zone: a domain function that read the machine's zone
 * would otherwise be tested in one zone only.
 */
describe("the machine zone of the test project", () => {
  it("is the zone its project sets", ({ task }) => {
    const projectZone: Record<string, string> = {
      core: "UTC",
      "core:far-zone": "Pacific/Chatham",
    };
    const expected = projectZone[task.file.projectName ?? ""];
    expect(expected, `unknown project ${task.file.projectName}`).toBeDefined();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected);
    // Chatham is UTC+13:45 in southern summer; a zone set too late would still read 0 here.
    const offset = new Date("2026-01-15T00:00:00Z").getTimezoneOffset();
    expect(offset).toBe(expected === "UTC" ? 0 : -825);
  });
});
