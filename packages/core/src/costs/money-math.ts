import { minorUnitDigits, type Money } from "./money.js";

/**
 * Adds amounts currency by currency: one total per currency, sorted by code. Amounts in
 * different currencies are never added together. Integer minor units only, so sums are exact.
 */
export function sumByCurrency(amounts: readonly Money[]): Money[] {
  const totals = new Map<string, number>();
  for (const { amountMinor, currency } of amounts) {
    totals.set(currency, (totals.get(currency) ?? 0) + amountMinor);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, amountMinor]) => ({ amountMinor, currency }));
}

/**
 * Splits `totalMinor` into shares proportional to `weights` (non-negative integers), exactly:
 * each share is the floor of its proportion, and the minor units left over go one each to the
 * largest remainders (ties: the earlier weight). The shares always add up to the total. With no
 * weight above zero, the total is split evenly the same way.
 */
export function allocateProportionally(totalMinor: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const effective = weightSum === 0 ? weights.map(() => 1) : weights;
  const divisor = weightSum === 0 ? weights.length : weightSum;
  // BigInt: total × weight can pass 2^53 (10^9 × 10^12), and the split must stay exact.
  const total = BigInt(totalMinor);
  const shares = effective.map((weight) => {
    const product = total * BigInt(weight);
    return { share: product / BigInt(divisor), remainder: product % BigInt(divisor) };
  });
  let left = total - shares.reduce((sum, { share }) => sum + share, 0n);
  const order = shares
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) =>
      a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
    );
  const result = shares.map(({ share }) => share);
  for (const { index } of order) {
    if (left <= 0n) break;
    result[index] = (result[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return result.map(Number);
}

/**
 * An amount as a plain decimal string in its currency's minor unit, e.g. 9000 USD → "90.00",
 * 500 JPY → "500", -1250 EUR → "-12.50". Exact (string arithmetic, no floats); for CSV and JSON.
 */
export function decimalAmount(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const sign = amountMinor < 0 ? "-" : "";
  const magnitude = String(Math.abs(amountMinor));
  if (digits === 0) return `${sign}${magnitude}`;
  const padded = magnitude.padStart(digits + 1, "0");
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/**
 * An amount for people with its code, e.g. "585.00 USD", "1,250 JPY": grouped by the locale,
 * always the currency's own minor unit. Exact: the decimal text goes to Intl, not a float sum.
 */
export function formatMoney(money: Money, locale = "en"): string {
  const digits = minorUnitDigits(money.currency);
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(Number(decimalAmount(money.amountMinor, money.currency)));
  return `${number} ${money.currency}`;
}
