import { describe, expect, it } from "vitest";
import { highestByDay, isFlareDay } from "./flare-days.js";

const usualWeek = [
  { localDate: "2026-03-01", intensity: 4 },
  { localDate: "2026-03-02", intensity: 5 },
  { localDate: "2026-03-03", intensity: 5 },
  { localDate: "2026-03-04", intensity: 3 },
];

describe("flare day: the person's word, or a rise of 2 points and 30 % over the usual level (Farrar 2001, REFERENCE §2.2)", () => {
  it("counts a rise from a usual 4.5 to 7 (2.5 points, 56 %)", () => {
    const highest = highestByDay([...usualWeek, { localDate: "2026-03-05", intensity: 7 }]);
    expect(isFlareDay("2026-03-05", highest, new Set())).toBe(true);
  });

  it("does not count a rise of 1.5 points", () => {
    const highest = highestByDay([...usualWeek, { localDate: "2026-03-05", intensity: 6 }]);
    expect(isFlareDay("2026-03-05", highest, new Set())).toBe(false);
  });

  it("needs both sizes: 2 points above a usual 8 is only 25 %", () => {
    const high = usualWeek.map((reading) => ({ ...reading, intensity: 8 }));
    const highest = highestByDay([...high, { localDate: "2026-03-05", intensity: 10 }]);
    expect(isFlareDay("2026-03-05", highest, new Set())).toBe(false);
  });

  it("takes the day's highest reading", () => {
    const highest = highestByDay([
      ...usualWeek,
      { localDate: "2026-03-05", intensity: 3 },
      { localDate: "2026-03-05", intensity: 8 },
    ]);
    expect(isFlareDay("2026-03-05", highest, new Set())).toBe(true);
  });

  it("needs readings on 3 of the 14 days before; without them only the person's word counts", () => {
    const highest = highestByDay([
      { localDate: "2026-03-03", intensity: 2 },
      { localDate: "2026-03-04", intensity: 2 },
      { localDate: "2026-03-05", intensity: 9 },
    ]);
    expect(isFlareDay("2026-03-05", highest, new Set())).toBe(false);
    expect(isFlareDay("2026-03-05", highest, new Set(["2026-03-05"]))).toBe(true);
    const old = highestByDay([
      { localDate: "2026-02-01", intensity: 2 },
      { localDate: "2026-02-02", intensity: 2 },
      { localDate: "2026-02-03", intensity: 2 },
      { localDate: "2026-03-05", intensity: 9 },
    ]);
    expect(isFlareDay("2026-03-05", old, new Set())).toBe(false);
  });
});
