import { z } from "zod";

/**
 * Whether text holds a control character a person never means to type: every C0 control except
 * tab (U+0009) and line feed (U+000A), DEL and the C1 controls. A NUL in particular cannot be
 * stored by PostgreSQL (error 22021) and would otherwise be a 500.
 */
export function hasForbiddenControl(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    const isC0 = code < 0x20 && code !== 0x09 && code !== 0x0a;
    if (isC0 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** Line breaks as typed on any system (CRLF, CR) become "\n"; text is normalised to NFC. */
function normalise(value: string): string {
  return value.replace(/\r\n?/g, "\n").normalize("NFC");
}

/** The checked halves of every `personText` schema: how `isPersonText` recognises one. */
const personTextChecks = new WeakSet<object>();

type TextOptions = {
  /** Most characters allowed (counted after normalisation, in UTF-16 code units). */
  maxLength: number;
  /** What the field is, for messages: "The note", "A tag". */
  label: string;
  /** Whether line breaks are allowed (multi-line notes) or refused (names, titles). */
  isMultiline?: boolean;
  /** Fewest characters after trimming; 0 (the default) allows an empty text. */
  minLength?: number;
  /** Whether leading and trailing white space is removed before the checks (names, tags). */
  isTrimmed?: boolean;
};

/**
 * The one schema for text a person types, for every text field of the API: normalised to NFC
 * with "\n" line breaks, control characters refused with a field error, a maximum length.
 * Returns the normalised string, trimmed when `isTrimmed`. A test walks every request schema of
 * the contract (`textFieldsOf`) and refuses a free-text field that does not use this schema.
 */
export function personText({
  maxLength,
  label,
  isMultiline = false,
  minLength = 0,
  isTrimmed = false,
}: TextOptions) {
  const checks = z
    .string()
    .refine((value) => !hasForbiddenControl(value), {
      error: `${label} contains a control character; remove it and try again.`,
    })
    .refine((value) => isMultiline || !value.includes("\n"), {
      error: `${label} fits on one line.`,
    })
    .refine((value) => value.trim().length >= minLength, {
      error: minLength === 1 ? `${label} cannot be empty.` : `${label} is too short.`,
    })
    .max(maxLength, `${label} has at most ${maxLength.toLocaleString("en")} characters.`);
  personTextChecks.add(checks);
  return z
    .string({ error: `${label} is text.` })
    .transform((value) => (isTrimmed ? normalise(value).trim() : normalise(value)))
    .pipe(checks);
}

/**
 * Whether `schema` is a `personText` schema (possibly described, or followed by a further
 * transform such as a tag's spacing rule). Wrappers (optional, nullable) are not looked through.
 */
export function isPersonText(schema: z.ZodType): boolean {
  const def = schema._zod.def;
  if (def.type !== "pipe") return false;
  const { in: input, out } = def as unknown as { in: z.ZodType; out: z.ZodType };
  return personTextChecks.has(out) || isPersonText(input);
}
