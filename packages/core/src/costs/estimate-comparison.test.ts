import { describe, expect, it } from "vitest";
import { compareWithEstimate } from "./estimate-comparison.js";

// 45 CFR 149.620: a self-pay bill at least 400 USD over the Good Faith Estimate may be disputed.
describe("compareWithEstimate", () => {
  const estimate = { amountMinor: 100_000, currency: "USD", isGoodFaithEstimate: true };

  it("a bill exactly 400.00 USD over a Good Faith Estimate may be disputed", () => {
    expect(compareWithEstimate(estimate, 140_000)).toMatchObject({
      differenceMinor: 40_000,
      isOverEstimate: true,
      mayDispute: true,
    });
  });

  it("399.99 USD over is over the estimate but below the dispute threshold", () => {
    expect(compareWithEstimate(estimate, 139_999)).toMatchObject({
      isOverEstimate: true,
      mayDispute: false,
    });
  });

  it("the rule is for US Good Faith Estimates only (USD, marked as one)", () => {
    expect(
      compareWithEstimate({ ...estimate, isGoodFaithEstimate: false }, 200_000).mayDispute,
    ).toBe(false);
    expect(compareWithEstimate({ ...estimate, currency: "EUR" }, 200_000).mayDispute).toBe(false);
  });

  it("under the estimate is a negative difference", () => {
    expect(compareWithEstimate(estimate, 90_000)).toMatchObject({
      differenceMinor: -10_000,
      isOverEstimate: false,
      billed: { amountMinor: 90_000, currency: "USD" },
    });
  });
});
