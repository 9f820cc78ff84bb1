import { isCurrencyCode, isValidNpi, minorUnitDigits } from "@painplan/core";

/**
 * Readers for the cells of an import file. Each returns the value, or a `Refusal` whose message
 * says what is wrong in the words of the docs (docs/directory-import.md); an empty cell is
 * `null` ("not given"), never a default.
 */
export type Refusal = { refused: string };
export type Read<T> = T | Refusal;

export const refuse = (message: string): Refusal => ({ refused: message });

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === "object" && value !== null && "refused" in value;
}

const yes = new Set(["yes", "y", "true", "1"]);
const no = new Set(["no", "n", "false", "0"]);

export function readYesNo(cell: string): Read<boolean | null> {
  const text = cell.trim().toLowerCase();
  if (text === "") return null;
  if (yes.has(text)) return true;
  if (no.has(text)) return false;
  return refuse(`"${cell}" is not yes or no`);
}

export function readText(cell: string, maxLength: number): Read<string | null> {
  const text = cell.trim();
  if (text === "") return null;
  if (Array.from(text).length > maxLength) return refuse(`longer than ${maxLength} characters`);
  // eslint-disable-next-line no-control-regex -- control characters are what we refuse
  if (/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text)) return refuse("holds control characters");
  return text;
}

/** A list in one cell, items separated by ";" (blank items dropped, duplicates kept once). */
export function readList(cell: string, maxItems: number, maxLength = 100): Read<string[]> {
  const items = [...new Set(cell.split(";").map((item) => item.trim()))].filter(Boolean);
  if (items.length > maxItems) return refuse(`more than ${maxItems} items`);
  const tooLong = items.find((item) => Array.from(item).length > maxLength);
  if (tooLong !== undefined)
    return refuse(`"${tooLong.slice(0, 20)}…" is over ${maxLength} characters`);
  return items;
}

export function readWholeNumber(cell: string, min: number, max: number): Read<number | null> {
  const text = cell.trim();
  if (text === "") return null;
  if (!/^-?\d{1,9}$/.test(text)) return refuse(`"${cell}" is not a whole number`);
  const value = Number(text);
  if (value < min || value > max) return refuse(`${value} is outside ${min}–${max}`);
  return value;
}

export function readDecimal(cell: string, min: number, max: number): Read<number | null> {
  const text = cell.trim();
  if (text === "") return null;
  if (!/^-?\d{1,3}(\.\d{1,8})?$/.test(text)) return refuse(`"${cell}" is not a decimal number`);
  const value = Number(text);
  if (value < min || value > max) return refuse(`${value} is outside ${min} to ${max}`);
  return value;
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export function readDate(cell: string): Read<string | null> {
  const text = cell.trim();
  if (text === "") return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return refuse(`"${cell}" is not a date written YYYY-MM-DD`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return refuse(`${text} is not a day of the calendar`);
  }
  return text;
}

/** Intl builds a number format to answer: asked once per currency, not once per cell. */
const minorDigits = new Map<string, number>();
function digitsOf(currency: string): number {
  let digits = minorDigits.get(currency);
  if (digits === undefined) {
    digits = minorUnitDigits(currency);
    minorDigits.set(currency, digits);
  }
  return digits;
}

/** The highest session price we take as real: 2,000 in the currency's major unit. */
export const maxSessionPriceMajor = 2_000;

/**
 * An amount written in the currency's major unit ("80", "80.5", "80.50" USD; "8000" JPY),
 * read exactly into minor units. Negative, absurd (over 2,000) or finer than the currency's
 * minor unit is refused.
 */
export function readAmount(cell: string, currency: string | null): Read<number | null> {
  const text = cell.trim();
  if (text === "") return null;
  if (currency === null || !isCurrencyCode(currency))
    return refuse("needs a known currency column");
  if (text.startsWith("-")) return refuse(`${text} is negative`);
  const digits = digitsOf(currency);
  const match = /^(\d{1,7})(?:\.(\d+))?$/.exec(text);
  if (match === null) return refuse(`"${cell}" is not an amount like 80 or 80.50`);
  const fraction = match[2] ?? "";
  if (fraction.length > digits)
    return refuse(`${text} has more than ${digits} decimals for ${currency}`);
  const major = Number(match[1]);
  if (major > maxSessionPriceMajor || (major === maxSessionPriceMajor && /[1-9]/.test(fraction))) {
    return refuse(`${text} ${currency} is not a believable price (over ${maxSessionPriceMajor})`);
  }
  return major * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

/** A BCP 47 language tag in its canonical form ("en", "es-MX"), or a refusal. */
const canonicalTags = new Map<string, Read<string>>();

export function readLanguage(tag: string): Read<string> {
  let known = canonicalTags.get(tag);
  if (known === undefined) {
    known = canonicalLanguage(tag);
    if (canonicalTags.size < 10_000) canonicalTags.set(tag, known);
  }
  return known;
}

function canonicalLanguage(tag: string): Read<string> {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? refuse(`"${tag}" is not a language tag`);
  } catch {
    return refuse(`"${tag}" is not a language tag (like en or es-MX)`);
  }
}

export function readNpi(cell: string): Read<string | null> {
  const text = cell.trim();
  if (text === "") return null;
  if (!/^\d{10}$/.test(text)) return refuse(`"${cell}" is not an NPI (10 digits)`);
  if (!isValidNpi(text)) return refuse(`${text} fails the NPI check digit`);
  return text;
}
