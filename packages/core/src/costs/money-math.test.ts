import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allocateProportionally,
  decimalAmount,
  formatMoney,
  parseDecimalAmount,
  sumByCurrency,
} from "./money-math.js";

const runs = { numRuns: 400 };
const currencies = ["USD", "EUR", "JPY", "BHD", "SEK"] as const;
const money = fc.record({
  amountMinor: fc.integer({ min: 0, max: 1_000_000_000 }),
  currency: fc.constantFrom(...currencies),
});

describe("sumByCurrency", () => {
  it("keeps currencies apart, sorted by code", () => {
    expect(
      sumByCurrency([
        { amountMinor: 9_000, currency: "USD" },
        { amountMinor: 1_250, currency: "EUR" },
        { amountMinor: 1, currency: "USD" },
      ]),
    ).toEqual([
      { amountMinor: 1_250, currency: "EUR" },
      { amountMinor: 9_001, currency: "USD" },
    ]);
  });

  it("is exact per currency and never mixes them (property)", () => {
    fc.assert(
      fc.property(fc.array(money, { maxLength: 60 }), (amounts) => {
        const totals = sumByCurrency(amounts);
        expect(new Set(totals.map((total) => total.currency)).size).toBe(totals.length);
        for (const total of totals) {
          const expected = amounts
            .filter((amount) => amount.currency === total.currency)
            .reduce((sum, amount) => sum + BigInt(amount.amountMinor), 0n);
          expect(BigInt(total.amountMinor)).toBe(expected);
          expect(Number.isInteger(total.amountMinor)).toBe(true);
        }
      }),
      runs,
    );
  });
});

describe("allocateProportionally", () => {
  it("gives the left-over cents to the largest remainders (100.00 over 3 equal sessions)", () => {
    expect(allocateProportionally(10_000, [1, 1, 1])).toEqual([3_334, 3_333, 3_333]);
    expect(allocateProportionally(100, [9_000, 3_000])).toEqual([75, 25]);
    expect(allocateProportionally(7, [0, 0])).toEqual([4, 3]);
    expect(allocateProportionally(5, [])).toEqual([]);
  });

  it("stays exact where total × weight passes 2^53", () => {
    const shares = allocateProportionally(1_000_000_000, [999_999_999, 1_000_000_000, 3]);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(1_000_000_000);
  });

  it("always adds up to the total, each share within one unit of its exact proportion (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const shares = allocateProportionally(total, weights);
          expect(shares.reduce((sum, share) => sum + share, 0)).toBe(total);
          const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
          shares.forEach((share, index) => {
            expect(share).toBeGreaterThanOrEqual(0);
            if (weightSum === 0) return;
            const exact = (BigInt(total) * BigInt(weights[index] ?? 0)) / BigInt(weightSum);
            expect(BigInt(share) - exact).toBeGreaterThanOrEqual(0n);
            expect(BigInt(share) - exact).toBeLessThanOrEqual(1n);
          });
        },
      ),
      runs,
    );
  });
});

describe("decimalAmount and formatMoney (minor units from ISO 4217 via Intl)", () => {
  it("writes the minor unit of each currency exactly", () => {
    expect(decimalAmount(9_000, "USD")).toBe("90.00");
    expect(decimalAmount(5, "EUR")).toBe("0.05");
    expect(decimalAmount(500, "JPY")).toBe("500");
    expect(decimalAmount(1_234, "BHD")).toBe("1.234");
    expect(decimalAmount(-1_250, "EUR")).toBe("-12.50");
    expect(decimalAmount(1_000_000_000, "USD")).toBe("10000000.00");
  });

  it("formats with the currency code", () => {
    expect(formatMoney({ amountMinor: 58_500, currency: "USD" })).toBe("585.00 USD");
    expect(formatMoney({ amountMinor: 500, currency: "JPY" })).toBe("500 JPY");
  });

  it("round-trips every amount through the decimal text (property)", () => {
    fc.assert(
      fc.property(money, ({ amountMinor, currency }) => {
        expect(Number(decimalAmount(amountMinor, currency).replace(".", ""))).toBe(amountMinor);
      }),
      runs,
    );
  });
});

describe("parseDecimalAmount", () => {
  it("reads what people type into exact minor units", () => {
    expect(parseDecimalAmount("90", "USD")).toBe(9_000);
    expect(parseDecimalAmount(" 90.5 ", "USD")).toBe(9_050);
    expect(parseDecimalAmount("1,234.56", "EUR")).toBe(123_456);
    expect(parseDecimalAmount("0.07", "USD")).toBe(7);
    expect(parseDecimalAmount("500", "JPY")).toBe(500);
    expect(parseDecimalAmount("1.234", "BHD")).toBe(1_234);
  });

  it("refuses more digits than the currency has, signs, and words", () => {
    for (const text of ["90.123", "-5", "ninety", "", "1e3", "5.5.5"]) {
      expect(parseDecimalAmount(text, "USD")).toBeUndefined();
    }
    expect(parseDecimalAmount("5.5", "JPY")).toBeUndefined();
  });

  it("round-trips with decimalAmount (property)", () => {
    fc.assert(
      fc.property(money, ({ amountMinor, currency }) => {
        expect(parseDecimalAmount(decimalAmount(amountMinor, currency), currency)).toBe(
          amountMinor,
        );
      }),
      runs,
    );
  });
});
