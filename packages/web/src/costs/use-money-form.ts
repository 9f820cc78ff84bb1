import { isCurrencyCode, parseDecimalAmount } from "@painplan/core";
import { useState } from "react";

/**
 * An amount and currency as typed, read into exact minor units. `read()` gives the money, or
 * field messages for what could not be read (nothing is sent then).
 */
export function useMoneyForm(initialCurrency = "USD") {
  const [amount, setAmount] = useState("");
  const [currency, setCurrency] = useState(initialCurrency);
  function read():
    | { money: { amountMinor: number; currency: string } }
    | { errors: { amount?: string; currency?: string } } {
    if (!isCurrencyCode(currency)) {
      return { errors: { currency: "Not a known currency code (for example USD or EUR)." } };
    }
    const amountMinor = parseDecimalAmount(amount, currency);
    if (amountMinor === undefined) {
      return { errors: { amount: "Enter an amount such as 90 or 90.50, without a minus sign." } };
    }
    return { money: { amountMinor, currency } };
  }
  return { amount, setAmount, currency, setCurrency, read };
}
