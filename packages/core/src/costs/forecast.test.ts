import { describe, expect, it } from "vitest";
import { instantPlusDays } from "../time/elapsed-days.js";
import { planForecast, quarterDays, forecastYearDays } from "./forecast.js";

const from = "2026-03-29T00:30:00.000Z";
const at = (days: number) => instantPlusDays(from, days);
const everyTwoWeeks = Array.from({ length: forecastYearDays / 14 }, (_, index) => ({
  itemId: "massage",
  start: at(1 + index * 14),
}));

describe("planForecast", () => {
  it("every 2 weeks at 90 USD ≈ 585 USD per quarter (the issue's example), 7 dated sessions next quarter", () => {
    const forecast = planForecast({
      from,
      quarterEnd: at(quarterDays),
      items: [
        {
          itemId: "massage",
          title: "Swedish massage",
          usualPrice: { amountMinor: 9_000, currency: "USD" },
        },
      ],
      occurrences: everyTwoWeeks,
    });
    expect(forecast.items[0]).toMatchObject({
      sessionsNextYear: 26,
      sessionsNextQuarter: 7,
      nextQuarter: { amountMinor: 63_000, currency: "USD" },
      averageQuarter: { amountMinor: 58_500, currency: "USD", isRounded: false },
    });
    expect(forecast.averageQuarterTotals).toEqual([{ amountMinor: 58_500, currency: "USD" }]);
  });

  it("rounds an average quarter half up and says so; keeps currencies apart; counts items without a price", () => {
    const forecast = planForecast({
      from,
      quarterEnd: at(quarterDays),
      items: [
        { itemId: "a", title: "Acupuncture", usualPrice: { amountMinor: 7_001, currency: "EUR" } },
        { itemId: "b", title: "Yoga class", usualPrice: { amountMinor: 1_500, currency: "USD" } },
        { itemId: "c", title: "Home practice", usualPrice: null },
      ],
      occurrences: [
        { itemId: "a", start: at(3) },
        { itemId: "a", start: at(200) },
        { itemId: "b", start: at(5) },
        { itemId: "c", start: at(5) },
      ],
    });
    expect(forecast.items[0]?.averageQuarter).toEqual({
      amountMinor: 3_501,
      currency: "EUR",
      isRounded: true,
    });
    expect(forecast.nextQuarterTotals).toEqual([
      { amountMinor: 7_001, currency: "EUR" },
      { amountMinor: 1_500, currency: "USD" },
    ]);
    expect(forecast.items[2]).toMatchObject({
      sessionsNextQuarter: 1,
      nextQuarter: null,
      averageQuarter: null,
    });
    expect(forecast.itemsWithoutPrice).toBe(1);
  });
});
