import { minorUnitDigits, type Money } from "@painplan/core";

/** Thousands grouped with commas ("1,250"): the digits alone, no locale guessing. */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * An amount as the directory says it: "80 USD", "80.50 USD", "1,250 JPY". Integer arithmetic on
 * the minor units (never a float); cents are shown only when there are some.
 */
export function moneyWords({ amountMinor, currency }: Money): string {
  const digits = minorUnitDigits(currency);
  const scale = 10 ** digits;
  const major = Math.trunc(amountMinor / scale);
  const minor = amountMinor - major * scale;
  const fraction = minor === 0 ? "" : `.${String(minor).padStart(digits, "0")}`;
  return `${grouped(String(major))}${fraction} ${currency}`;
}

/**
 * What a person typed as a price ("80", "80.5", "1,250") in whole minor units of `currency`, or
 * undefined when it is not a price (letters, negative, more decimals than the currency has).
 */
export function parseMoneyInput(text: string, currency: string): number | undefined {
  const cleaned = text.trim().replace(/,/g, "");
  const digits = minorUnitDigits(currency);
  const match = /^(\d{1,9})(?:\.(\d+))?$/.exec(cleaned);
  if (match === null) return undefined;
  const [, major = "0", fraction = ""] = match;
  if (fraction.length > digits) return undefined;
  return Number(major) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}
