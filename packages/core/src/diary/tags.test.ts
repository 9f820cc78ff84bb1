import { describe, expect, it } from "vitest";
import { normalizeTag, rankTags, uniqueTags } from "./tags.js";

describe("tags", () => {
  it("trims and collapses spaces", () => {
    expect(normalizeTag("  cold \t  weather ")).toBe("cold weather");
  });

  it("drops repeats regardless of letter case, keeping the first spelling", () => {
    expect(uniqueTags(["Cold weather", "cold  weather", "stress", "STRESS"])).toEqual([
      "Cold weather",
      "stress",
    ]);
  });

  it("ranks by uses, then by most recent use; shows the newest spelling", () => {
    const newestFirst = [["Walk", "heat"], ["stress"], ["walk", "stress"], ["walk"]];
    expect(rankTags(newestFirst)).toEqual([
      { tag: "Walk", uses: 3 },
      { tag: "stress", uses: 2 },
      { tag: "heat", uses: 1 },
    ]);
  });

  it("counts a tag once per entry", () => {
    expect(rankTags([["heat", "Heat"]])).toEqual([{ tag: "heat", uses: 1 }]);
  });
});
