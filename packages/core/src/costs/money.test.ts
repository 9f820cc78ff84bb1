import { describe, expect, it } from "vitest";
import { isCurrencyCode, minorUnitDigits, moneySchema } from "./money.js";

// Minor units from ISO 4217's list (https://www.six-group.com/en/products-services/financial-information/data-standards.html).
describe("money", () => {
  it("knows ISO 4217 minor units", () => {
    expect(minorUnitDigits("USD")).toBe(2);
    expect(minorUnitDigits("JPY")).toBe(0);
    expect(minorUnitDigits("BHD")).toBe(3);
  });
  it("refuses unknown or lower-case codes", () => {
    expect(isCurrencyCode("EUR")).toBe(true);
    expect(isCurrencyCode("usd")).toBe(false);
    expect(isCurrencyCode("XYZ")).toBe(false);
  });
  it("refuses negative, fractional and absurd amounts", () => {
    expect(moneySchema.safeParse({ amountMinor: 9000, currency: "USD" }).success).toBe(true);
    for (const amountMinor of [-1, 12.5, 1e12, Number.NaN]) {
      expect(moneySchema.safeParse({ amountMinor, currency: "USD" }).success).toBe(false);
    }
  });
});
