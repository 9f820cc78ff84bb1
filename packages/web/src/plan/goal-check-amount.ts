import { goalCheckRequestSchema } from "@painplan/core";

/**
 * The amount a person typed for a check-off ("15", "12,5", " 20 "), as a number, or the message
 * to show beside the field (core's schema, the one the server uses). A decimal comma counts as
 * a point; an empty field is "more than 0".
 */
export function goalCheckAmount(text: string): { value: number } | { error: string } {
  const trimmed = text.trim().replace(",", ".");
  const value = trimmed === "" ? 0 : Number(trimmed);
  const result = goalCheckRequestSchema.safeParse({ value });
  if (result.success) return { value: result.data.value };
  return { error: result.error.issues[0]?.message ?? "Enter an amount." };
}

/** An amount with its unit, rounded to 2 decimals for reading: "12.5 minutes". */
export function amountWords(value: number, unit: string): string {
  return `${Math.round(value * 100) / 100} ${unit}`;
}
