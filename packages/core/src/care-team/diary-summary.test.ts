import { describe, expect, it } from "vitest";
import { summarizeDiary } from "./diary-summary.js";

describe("summarizeDiary", () => {
  it("splits four weeks ending today and says 'no entries' as null, not 0", () => {
    const weeks = summarizeDiary(
      [
        { localDate: "2026-03-29", intensityNow: 4 },
        { localDate: "2026-03-23", intensityNow: 7 },
        { localDate: "2026-03-22", intensityNow: 2 },
        { localDate: "2026-03-01", intensityNow: 9 },
        { localDate: "2026-03-30", intensityNow: 10 },
      ],
      "2026-03-29",
    );
    expect(weeks).toEqual([
      { from: "2026-03-02", to: "2026-03-08", entryCount: 0, averagePain: null, worstPain: null },
      { from: "2026-03-09", to: "2026-03-15", entryCount: 0, averagePain: null, worstPain: null },
      { from: "2026-03-16", to: "2026-03-22", entryCount: 1, averagePain: 2, worstPain: 2 },
      { from: "2026-03-23", to: "2026-03-29", entryCount: 2, averagePain: 5.5, worstPain: 7 },
    ]);
  });

  it("rounds the mean to one decimal", () => {
    const points = [3, 3, 4].map((intensityNow) => ({ localDate: "2026-03-29", intensityNow }));
    expect(summarizeDiary(points, "2026-03-29")[3]?.averagePain).toBe(3.3);
  });
});
