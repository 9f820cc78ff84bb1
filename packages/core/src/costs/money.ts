import { z } from "zod";

/**
 * ISO 4217 codes this runtime knows (ICU's list through `Intl.supportedValuesOf`), so no table
 * of our own goes stale. Throws nothing; an empty list would only mean a runtime without Intl.
 */
export const currencyCodes: readonly string[] = Intl.supportedValuesOf("currency");
const knownCurrencies = new Set(currencyCodes);

/** Whether `code` is an ISO 4217 currency code this runtime knows (upper case, e.g. "USD"). */
export function isCurrencyCode(code: string): boolean {
  return knownCurrencies.has(code);
}

/**
 * Digits after the decimal point of a currency's minor unit (ISO 4217 "minor unit"):
 * USD 2, JPY 0, BHD 3. Read from ICU through Intl, not from a table of ours.
 */
export function minorUnitDigits(currency: string): number {
  return (
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/** An ISO 4217 code, e.g. "USD"; lower case is refused rather than guessed. */
export const currencyCodeSchema = z
  .string()
  .refine(isCurrencyCode, { error: "Not a known currency code (ISO 4217, e.g. USD or EUR)." });

/** The most one amount may hold: 10,000,000.00 in a two-digit currency. Larger is a typo. */
export const maxAmountMinor = 1_000_000_000;

/**
 * An amount of money: whole minor units (cents) and an ISO 4217 code. Never a float; amounts
 * in different currencies are never added together.
 */
export const moneySchema = z.strictObject({
  amountMinor: z
    .number({ error: "The amount must be a number." })
    .int({ error: "The amount is a whole number of minor units (cents)." })
    .min(0, { error: "The amount cannot be negative." })
    .max(maxAmountMinor, { error: "The amount is too large." }),
  currency: currencyCodeSchema,
});
export type Money = z.infer<typeof moneySchema>;
