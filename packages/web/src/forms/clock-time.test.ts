import { describe, expect, test } from "vitest";
import {
  describeWallTime,
  joinWallTime,
  normaliseClockText,
  normaliseWallTime,
  splitWallTime,
} from "./clock-time";

describe("times typed on a 24-hour clock", () => {
  test.each([
    ["14:30", "14:30"],
    ["9:05", "09:05"],
    ["14.30", "14:30"],
    ["1430", "14:30"],
    ["930", "09:30"],
    [" 00:00 ", "00:00"],
    ["23:59", "23:59"],
  ])("%j is %s", (typed, expected) => {
    expect(normaliseClockText(typed)).toBe(expected);
  });

  test.each(["", "24:00", "12:60", "2:3", "02:3", "1:5pm", "abc", "123456"])(
    "%j is not a time",
    (typed) => {
      expect(normaliseClockText(typed)).toBeUndefined();
    },
  );

  test("a half-typed time is kept when split and joined", () => {
    const wallTime = joinWallTime("2026-03-08", "02:3");
    expect(wallTime).toBe("2026-03-08T02:3");
    expect(splitWallTime(wallTime)).toEqual({ date: "2026-03-08", clock: "02:3" });
    expect(splitWallTime("2026-03-08")).toEqual({ date: "2026-03-08", clock: "" });
  });

  test("the whole value in words, day first and on the 24-hour clock", () => {
    expect(describeWallTime("2026-11-29T14:05")).toBe("Sunday 29 November 2026 at 14:05");
    expect(describeWallTime("2026-11-29T02:0")).toBeUndefined();
    expect(describeWallTime("T14:05")).toBeUndefined();
  });
});

test("a typed time is tidied before the value is read", () => {
  expect(normaliseWallTime("2026-03-08T930")).toBe("2026-03-08T09:30");
  expect(normaliseWallTime("2026-03-08T9:3")).toBe("2026-03-08T9:3");
});
