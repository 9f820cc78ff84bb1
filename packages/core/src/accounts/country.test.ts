import { describe, expect, it } from "vitest";
import { countryCodeSchema, countryFromTimeZone } from "./country.js";

describe("countryFromTimeZone (a default only: the person can always change it)", () => {
  it.each([
    ["America/New_York", "US"],
    ["America/Los_Angeles", "US"],
    ["Pacific/Honolulu", "US"],
    ["America/Toronto", "CA"],
    ["America/Vancouver", "CA"],
    ["America/St_Johns", "CA"],
    ["Europe/London", "GB"],
    ["Europe/Dublin", "IE"],
    ["Australia/Sydney", "AU"],
    ["Australia/Perth", "AU"],
    ["Pacific/Auckland", "NZ"],
    ["Pacific/Chatham", "NZ"],
  ])("%s -> %s (a country of the crisis-line table, REFERENCE §8)", (zone, country) => {
    expect(countryFromTimeZone(zone)).toBe(country);
  });

  it.each(["Europe/Paris", "Asia/Tokyo", "UTC", "Etc/GMT+5", "America/Mexico_City"])(
    "%s -> unknown (null): no guess outside the table",
    (zone) => {
      expect(countryFromTimeZone(zone)).toBeNull();
    },
  );
});

describe("countryCodeSchema (ISO 3166-1 alpha-2)", () => {
  it("takes two letters, in capitals", () => {
    expect(countryCodeSchema.parse("nz")).toBe("NZ");
    expect(countryCodeSchema.parse("DE")).toBe("DE");
  });

  it.each(["NZL", "N", "1A", "", "New Zealand"])("refuses %j", (value) => {
    expect(countryCodeSchema.safeParse(value).success).toBe(false);
  });
});
