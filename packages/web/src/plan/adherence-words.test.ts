import { describe, expect, it } from "vitest";
import { adherenceShort, adherenceWords } from "./adherence-words";

describe("adherence in words", () => {
  it("says 'nothing planned' when nothing was due, never 0 % or 100 %", () => {
    const words = adherenceWords({ kind: "nothing-planned", upcoming: 0 }, "in the last 4 weeks");
    expect(words).toBe("Nothing was planned in the last 4 weeks.");
    expect(words).not.toMatch(/%/);
    expect(adherenceShort({ kind: "nothing-planned", upcoming: 2 })).toBe("nothing planned");
  });

  it("gives the count first, then the percent rounded down, and what is still to come", () => {
    const adherence = { kind: "progress", done: 2, missed: 1, expected: 3, upcoming: 1 } as const;
    expect(adherenceWords(adherence, "this week")).toBe(
      "2 of 3 sessions done this week (66 %). 1 session still to come.",
    );
    expect(adherenceShort(adherence)).toBe("2 of 3 (66 %)");
  });
});
