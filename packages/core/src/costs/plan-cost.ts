import type { PlanOccurrence } from "../plan/plan-calendar.schema.js";
import type { PlanItem } from "../plan/plan-item.schema.js";
import type { Money } from "./money.js";

/** A practitioner's price for one session length ("60 min: 90 USD"). */
export type SessionPrice = { minutes: number; price: Money };

/** One plan item the practitioner could give, with what the next quarter would cost. */
export type PlanCostLine = {
  itemId: string;
  title: string;
  /** "every 2 weeks, 60 min" */
  scheduleWords: string;
  /** Upcoming sessions of the item in the quarter (scheduled, moved or added). */
  sessions: number;
  /** The session length the price is for; differs from the item's when no price fits exactly. */
  pricedMinutes: number;
  isPricedAsOtherLength: boolean;
  /** The price of one session. */
  each: Money;
  /** `each` × `sessions`, in the same currency. */
  total: Money;
};

/** Occurrences that will still cost something (not cancelled, paused or already held). */
const upcoming = new Set<PlanOccurrence["status"]>(["scheduled", "moved", "added"]);

/** How often, briefly: "every day", "twice a week", "every 2 weeks", "every month". */
export function cadenceWords(item: Pick<PlanItem, "schedule">): string {
  const { cadence } = item.schedule;
  switch (cadence.kind) {
    case "daily":
      return cadence.interval === 1 ? "every day" : `every ${cadence.interval} days`;
    case "weekly": {
      const times = cadence.days.length;
      if (cadence.interval > 1) return `every ${cadence.interval} weeks`;
      if (times === 1) return "every week";
      return times === 2 ? "twice a week" : `${times} times a week`;
    }
    case "monthly":
      return cadence.interval === 1 ? "every month" : `every ${cadence.interval} months`;
    case "rrule":
      return "on your own schedule";
    case "after-last-held":
      return cadence.intervalWeeks === 1
        ? "a week after each session"
        : `${cadence.intervalWeeks} weeks after each session`;
  }
}

/** The price for a length: the exact one, else the nearest (the longer one on a tie). */
export function priceFor(
  prices: readonly SessionPrice[],
  minutes: number,
): SessionPrice | undefined {
  let best: SessionPrice | undefined;
  for (const candidate of prices) {
    if (best === undefined) {
      best = candidate;
      continue;
    }
    const gap = Math.abs(candidate.minutes - minutes);
    const bestGap = Math.abs(best.minutes - minutes);
    if (gap < bestGap || (gap === bestGap && candidate.minutes > best.minutes)) best = candidate;
  }
  return best;
}

/**
 * What the person's own plan would cost with this practitioner over the next quarter: for each
 * plan item whose therapy they offer, the upcoming sessions (`occurrences`: the plan calendar
 * over the next `quarterDays`, from `forecast.ts`) times their price for that length. Items with
 * no therapy, no price or no session ahead get no line. Amounts are integer minor units of the
 * price's currency (e.g. 6 sessions at 9000 USD cents = 54000); a price list has one currency,
 * so totals never mix.
 */
export function planCostLines(
  items: readonly PlanItem[],
  occurrences: readonly PlanOccurrence[],
  prices: readonly SessionPrice[],
  offeredTherapyIds: ReadonlySet<string>,
): PlanCostLine[] {
  return items.flatMap((item) => {
    if (item.therapyId === null || !offeredTherapyIds.has(item.therapyId)) return [];
    const minutes = item.schedule.durationMinutes;
    const price = priceFor(prices, minutes);
    if (price === undefined) return [];
    const sessions = occurrences.filter(
      (occurrence) => occurrence.itemId === item.id && upcoming.has(occurrence.status),
    ).length;
    if (sessions === 0) return [];
    return [
      {
        itemId: item.id,
        title: item.title,
        scheduleWords: `${cadenceWords(item)}, ${minutes} min`,
        sessions,
        pricedMinutes: price.minutes,
        isPricedAsOtherLength: price.minutes !== minutes,
        each: price.price,
        total: { amountMinor: price.price.amountMinor * sessions, currency: price.price.currency },
      },
    ];
  });
}
