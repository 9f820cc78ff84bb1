import { describe, expect, it } from "vitest";
import { canonicalTimeZone } from "./time-zone.js";

describe("canonicalTimeZone", () => {
  it.each([
    ["Europe/Paris", "Europe/Paris"],
    ["europe/paris", "Europe/Paris"],
    ["utc", "UTC"],
    ["Pacific/Auckland", "Pacific/Auckland"],
    // ICU would say Asia/Calcutta and Europe/Kiev; the person's choice is kept.
    ["Asia/Kolkata", "Asia/Kolkata"],
    ["Europe/Kyiv", "Europe/Kyiv"],
    ["asia/kolkata", "Asia/Kolkata"],
    ["america/argentina/buenos_aires", "America/Argentina/Buenos_Aires"],
  ])("accepts %s as %s", (input, expected) => {
    expect(canonicalTimeZone(input)).toBe(expected);
  });

  it.each(["Mars/Olympus_Mons", "+01:00", "", "Europe/Paris; drop table", "GMT+25"])(
    "refuses %j",
    (input) => {
      expect(canonicalTimeZone(input)).toBeUndefined();
    },
  );
});
