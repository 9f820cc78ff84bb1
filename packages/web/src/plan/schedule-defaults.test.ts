import { describe, expect, test } from "vitest";
import { defaultCadence, defaultDuration } from "./schedule-defaults";

describe("defaults from the therapy library", () => {
  test("massage (30–90 min, every 1–2 weeks) starts at 60 minutes every 2 weeks", () => {
    expect(defaultDuration({ min: 30, max: 90 })).toBe(60);
    expect(
      defaultCadence({ basis: "every-weeks", min: 1, max: 2, label: "every 1–2 weeks" }),
    ).toEqual({ choice: "weekly", weeks: 2, days: [] });
  });

  test("a short practice keeps to its own range; a custom therapy gets an hour", () => {
    expect(defaultDuration({ min: 5, max: 10 })).toBe(10);
    expect(defaultDuration({ min: 60, max: 120 })).toBe(60);
    expect(defaultDuration(null)).toBe(60);
  });

  test("'2–3 times a week' starts on two spread days; daily and prescribed start daily", () => {
    expect(defaultCadence({ basis: "times-per-week", min: 2, max: 3, label: "" })).toEqual({
      choice: "days-of-week",
      days: ["MO", "TH"],
    });
    expect(defaultCadence({ basis: "times-per-week", min: 7, max: 7, label: "" })).toEqual({
      choice: "daily",
    });
    expect(defaultCadence({ basis: "as-prescribed", label: "" })).toEqual({ choice: "daily" });
    expect(defaultCadence(null)).toEqual({ choice: "daily" });
  });
});
