import { minorUnitDigits } from "../costs/money.js";
import { elapsedWholeDays } from "../time/elapsed-days.js";

/** "50 USD", "52.50 USD": an amount in words for a result card (integer arithmetic only). */
export function describeAmount(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const unit = 10 ** digits;
  const major = Math.floor(amountMinor / unit);
  const minor = amountMinor % unit;
  const text = minor === 0 ? `${major}` : `${major}.${String(minor).padStart(digits, "0")}`;
  return `${text} ${currency}`;
}

/** "today", "12 days ago", "3 months ago", "2 years ago" between an instant and now. */
export function describeAge(at: string, now: Date): string {
  const days = daysSince(at, now);
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 31) return `${days} days ago`;
  if (days < 365) {
    const months = Math.max(1, Math.floor(days / 30.44));
    return months === 1 ? "1 month ago" : `${months} months ago`;
  }
  const years = Math.floor(days / 365.25) || 1;
  return years === 1 ? "1 year ago" : `${years} years ago`;
}

/** Whole days from an instant to now (never negative). */
export function daysSince(at: string, now: Date): number {
  return Math.max(0, elapsedWholeDays(at, now));
}
