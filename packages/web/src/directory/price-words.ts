import type { PlanCostLine, SessionPrice } from "@painplan/core";
import { moneyWords } from "./money-words";

/** "30 min 50 USD · 60 min 90 USD": shortest first. */
export function priceListWords(prices: readonly SessionPrice[]): string {
  if (prices.length === 0) return "prices not given: ask them";
  return [...prices]
    .sort((a, b) => a.minutes - b.minutes)
    .map(({ minutes, price }) => `${minutes} min ${moneyWords(price)}`)
    .join(" · ");
}

/**
 * One plan item's cost with a practitioner, as issue 13 says it: "every 2 weeks, 60 min: about
 * 540 USD a quarter (6 sessions × 90 USD)". "About": sessions may move, prices may change.
 */
export function planCostWords(line: PlanCostLine): string {
  const sessions = line.sessions === 1 ? "1 session" : `${line.sessions} sessions`;
  const priced = line.isPricedAsOtherLength ? `, their ${line.pricedMinutes}-min price` : "";
  return `${line.title}, ${line.scheduleWords}: about ${moneyWords(line.total)} a quarter (${sessions} × ${moneyWords(line.each)}${priced})`;
}
