import { describe, expect, it } from "vitest";
import { progressLine } from "./import-progress.js";

describe("import progress", () => {
  it("shows the share of the file read, with units and grouped numbers", () => {
    expect(
      progressLine({
        phase: "reading",
        bytesDone: 12_300_000,
        bytesTotal: 29_000_000,
        rowsRead: 41_000,
        rowsRejected: 12,
      }),
    ).toBe("[#############·················] 42% · 12.3 MB of 29.0 MB · 41,000 rows, 12 refused");
    expect(
      progressLine({ phase: "reading", bytesDone: 0, bytesTotal: 0, rowsRead: 0, rowsRejected: 0 }),
    ).toContain("100%");
    expect(
      progressLine({
        phase: "applying",
        bytesDone: 1,
        bytesTotal: 1,
        rowsRead: 0,
        rowsRejected: 0,
      }),
    ).toMatch(/^Applying/);
  });
});
