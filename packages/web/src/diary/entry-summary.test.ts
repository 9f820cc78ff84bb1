import type { PainEntry } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { regionText, scoreLines } from "./entry-summary";

describe("entry summary", () => {
  test("each number says its period; scores not given are left out", () => {
    const entry = {
      intensityNow: 6,
      averageIntensity: 5,
      worstIntensity: null,
      sleepInterference: 7,
      mood: null,
    } as PainEntry;
    expect(scoreLines(entry)).toEqual([
      { label: "Pain right now", text: "6 out of 10" },
      { label: "Average pain over the last 24 hours", text: "5 out of 10" },
      { label: "Pain got in the way of sleep last night", text: "7 out of 10" },
    ]);
  });

  test("a region reads with its number and qualities in plain words", () => {
    expect(
      regionText({ regionId: "right-palm", intensity: 4, qualities: ["tingling", "burning"] }),
    ).toBe("Right palm: 4 out of 10, tingling / pins and needles, burning");
  });
});
