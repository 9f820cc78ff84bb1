import { describe, expect, test } from "vitest";
import { planCostWords, priceListWords } from "./price-words";

const usd = (amountMinor: number) => ({ amountMinor, currency: "USD" });

describe("prices in words", () => {
  test("a price list, shortest session first", () => {
    expect(
      priceListWords([
        { minutes: 60, price: usd(9000) },
        { minutes: 30, price: usd(5000) },
      ]),
    ).toBe("30 min 50 USD · 60 min 90 USD");
    expect(priceListWords([])).toBe("prices not given: ask them");
  });

  test("the plan's cost with a practitioner, as the issue words it", () => {
    const line = {
      itemId: "i",
      title: "Swedish massage",
      scheduleWords: "every 2 weeks, 60 min",
      sessions: 6,
      pricedMinutes: 60,
      isPricedAsOtherLength: false,
      each: usd(9000),
      total: usd(54_000),
    };
    expect(planCostWords(line)).toBe(
      "Swedish massage, every 2 weeks, 60 min: about 540 USD a quarter (6 sessions × 90 USD)",
    );
    expect(
      planCostWords({ ...line, sessions: 1, total: usd(9000), isPricedAsOtherLength: true }),
    ).toBe(
      "Swedish massage, every 2 weeks, 60 min: about 90 USD a quarter (1 session × 90 USD, their 60-min price)",
    );
  });
});
