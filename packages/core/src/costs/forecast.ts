import type { Money } from "./money.js";
import { sumByCurrency } from "./money-math.js";

/** Days in the forecast's "next quarter": 13 weeks. */
export const quarterDays = 91;
/** Days expanded for the average quarter: 52 weeks, a quarter being a quarter of that. */
export const forecastYearDays = 364;

/** A planned session in the next 52 weeks (cancelled and paused ones are left out by the caller). */
export type ForecastOccurrence = { itemId: string; start: string };
export type ForecastItem = { itemId: string; title: string; usualPrice: Money | null };

export type ItemForecast = {
  itemId: string;
  title: string;
  usualPrice: Money | null;
  /** Planned sessions dated in the next 13 weeks. */
  sessionsNextQuarter: number;
  /** Planned sessions in the next 52 weeks. */
  sessionsNextYear: number;
  /** Dated sessions × price: exact. Null without a usual price. */
  nextQuarter: Money | null;
  /**
   * A quarter of the next 52 weeks' cost, rounded half up to the minor unit ("every 2 weeks at
   * 90 USD ≈ 585 USD per quarter": 26 × 90 / 4). `isRounded` says when that rounding happened.
   */
  averageQuarter: (Money & { isRounded: boolean }) | null;
};
export type PlanForecast = {
  from: string;
  nextQuarterEnds: string;
  items: ItemForecast[];
  /** Per currency, never added across currencies; items without a price are not in them. */
  nextQuarterTotals: Money[];
  averageQuarterTotals: Money[];
  itemsWithoutPrice: number;
};

/**
 * What the current plan will cost: each item's planned sessions times its usual price, for the
 * next 13 weeks (dated sessions) and as an average quarter over the next 52 weeks. `from` is
 * now, `quarterEnd` the instant 13 weeks later (both ISO; the caller expands the occurrences).
 */
export function planForecast(input: {
  from: string;
  quarterEnd: string;
  items: readonly ForecastItem[];
  occurrences: readonly ForecastOccurrence[];
}): PlanForecast {
  const items = input.items.map((item): ItemForecast => {
    const own = input.occurrences.filter((occurrence) => occurrence.itemId === item.itemId);
    const sessionsNextYear = own.length;
    const sessionsNextQuarter = own.filter(
      (occurrence) => occurrence.start < input.quarterEnd,
    ).length;
    const price = item.usualPrice;
    if (price === null) {
      return {
        ...item,
        sessionsNextQuarter,
        sessionsNextYear,
        nextQuarter: null,
        averageQuarter: null,
      };
    }
    const yearMinor = sessionsNextYear * price.amountMinor;
    return {
      ...item,
      sessionsNextQuarter,
      sessionsNextYear,
      nextQuarter: {
        amountMinor: sessionsNextQuarter * price.amountMinor,
        currency: price.currency,
      },
      averageQuarter: {
        amountMinor: Math.floor((yearMinor + 2) / 4),
        currency: price.currency,
        isRounded: yearMinor % 4 !== 0,
      },
    };
  });
  const priced = items.filter((item) => item.usualPrice !== null);
  return {
    from: input.from,
    nextQuarterEnds: input.quarterEnd,
    items,
    nextQuarterTotals: sumByCurrency(priced.flatMap((item) => item.nextQuarter ?? [])),
    averageQuarterTotals: sumByCurrency(
      priced.flatMap((item) =>
        item.averageQuarter === null
          ? []
          : [
              {
                amountMinor: item.averageQuarter.amountMinor,
                currency: item.averageQuarter.currency,
              },
            ],
      ),
    ),
    itemsWithoutPrice: items.length - priced.length,
  };
}
