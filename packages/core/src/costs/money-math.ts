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
  // total × weight stays below 2^53 for everyday amounts: plain integers, exact and fast.
  // Beyond that (10^9 × 10^12) BigInt keeps the split exact.
  const isSafe = totalMinor * divisor <= Number.MAX_SAFE_INTEGER;
  const parts = effective.map((weight) => {
    if (isSafe) {
      const product = totalMinor * weight;
      const share = Math.floor(product / divisor);
      return { share, remainder: product - share * divisor };
    }
    const product = BigInt(totalMinor) * BigInt(weight);
    const share = product / BigInt(divisor);
    return { share: Number(share), remainder: Number(product - share * BigInt(divisor)) };
  });
  let left = totalMinor - parts.reduce((sum, { share }) => sum + share, 0);
  const result = parts.map(({ share }) => share);
  if (left === 0) return result;
  const order = parts
    .map((part, index) => index)
    .sort((a, b) => (parts[b]?.remainder ?? 0) - (parts[a]?.remainder ?? 0) || a - b);
  for (const index of order) {
    if (left === 0) break;
    result[index] = (result[index] ?? 0) + 1;
    left -= 1;
  }
  return result;
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

/**
 * Reads an amount a person typed ("90", "90.5", "1,234.50") into minor units of `currency`,
 * exactly (no floats): undefined when it is not a plain non-negative decimal with at most the
 * currency's minor-unit digits. Commas are read as thousands separators.
 */
export function parseDecimalAmount(text: string, currency: string): number | undefined {
  const digits = minorUnitDigits(currency);
  const cleaned = text.trim().replaceAll(",", "");
  const match = /^(\d{1,10})(?:\.(\d*))?$/.exec(cleaned);
  if (match === null) return undefined;
  const whole = match[1] ?? "0";
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return undefined;
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}
