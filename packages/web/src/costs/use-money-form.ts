import { isCurrencyCode, parseDecimalAmount, type Money } from "@painplan/core";
import { useState } from "react";
import type { FormProblem } from "../forms/form-problem";

/** Messages beside the amount and currency fields for what could not be read. */
export type MoneyErrors = { amount?: string; currency?: string };

/**
 * An amount and currency as typed, read into exact minor units. `read()` gives the money, or
 * field messages for what could not be read (nothing is sent then); `take()` does the same and
 * keeps those messages in `errors` for `MoneyFields` to show.
 */
export function useMoneyForm(initialCurrency = "USD") {
  const [amount, setAmount] = useState("");
  const [currency, setCurrency] = useState(initialCurrency);
  const [errors, setErrors] = useState<MoneyErrors>({});
  function read(): { money: Money } | { errors: MoneyErrors } {
    if (!isCurrencyCode(currency)) {
      return { errors: { currency: "Not a known currency code (for example USD or EUR)." } };
    }
    const amountMinor = parseDecimalAmount(amount, currency);
    if (amountMinor === undefined) {
      return { errors: { amount: "Enter an amount such as 90 or 90.50, without a minus sign." } };
    }
    return { money: { amountMinor, currency } };
  }
  /** The money typed, or undefined after setting `errors` (cleared once it reads). */
  function take(): Money | undefined {
    const result = read();
    if ("errors" in result) {
      setErrors(result.errors);
      return undefined;
    }
    setErrors({});
    return result.money;
  }
  return { amount, setAmount, currency, setCurrency, errors, read, take };
}

/** The state of one money form, as `useMoneyForm` returns it. */
export type MoneyForm = ReturnType<typeof useMoneyForm>;

/**
 * The form's problem with the money messages found before sending added as `<path>.amountMinor`
 * and `<path>.currency`, so the error summary lists them too (they are not sent, so the server
 * never reports them).
 */
export function withMoneyErrors(
  problem: FormProblem,
  path: string,
  errors: MoneyErrors,
): FormProblem {
  const fields: Record<string, string> = { ...problem.fields };
  if (errors.amount !== undefined) fields[`${path}.amountMinor`] = errors.amount;
  if (errors.currency !== undefined) fields[`${path}.currency`] = errors.currency;
  return { summary: problem.summary, fields };
}

/** The error summary's links to the amount and currency inputs `MoneyFields` renders. */
export function moneyTargets(id: string, label: string, path: string) {
  return {
    [`${path}.amountMinor`]: { id: `${id}-amount`, label },
    [`${path}.currency`]: { id: `${id}-currency`, label: "Currency" },
  };
}
