import { describe, expect, test } from "vitest";
import { moneyWords, parseMoneyInput } from "./money-words";

describe("money in words", () => {
  test("whole amounts without cents, cents when there are some", () => {
    expect(moneyWords({ amountMinor: 8000, currency: "USD" })).toBe("80 USD");
    expect(moneyWords({ amountMinor: 8050, currency: "USD" })).toBe("80.50 USD");
    expect(moneyWords({ amountMinor: 8005, currency: "EUR" })).toBe("80.05 EUR");
    expect(moneyWords({ amountMinor: 54_000_00, currency: "USD" })).toBe("54,000 USD");
  });

  test("currencies with no or three minor digits (ISO 4217)", () => {
    expect(moneyWords({ amountMinor: 1250, currency: "JPY" })).toBe("1,250 JPY");
    expect(moneyWords({ amountMinor: 12_345, currency: "BHD" })).toBe("12.345 BHD");
  });

  test("reads a typed price into minor units", () => {
    expect(parseMoneyInput("80", "USD")).toBe(8000);
    expect(parseMoneyInput(" 80.5 ", "USD")).toBe(8050);
    expect(parseMoneyInput("1,250", "JPY")).toBe(1250);
    expect(parseMoneyInput("12.5", "JPY")).toBeUndefined();
    expect(parseMoneyInput("80.123", "USD")).toBeUndefined();
    expect(parseMoneyInput("-5", "USD")).toBeUndefined();
    expect(parseMoneyInput("eighty", "USD")).toBeUndefined();
    expect(parseMoneyInput("", "USD")).toBeUndefined();
  });
});
