import type { Font } from "fontkit";

/** Drawn in place of a character the font lacks; the document then lists what it stood for. */
export const missingGlyphMarker = "\uFFFD";

/**
 * Text as a PDF should draw it: Unicode NFC (so "e" + combining acute, as macOS and some
 * keyboards send it, is the one letter "é"), every line break ("\r\n", "\r", U+2028) as "\n",
 * and other control characters (tabs included) as a space.
 */
export function printableText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(/\p{Cc}/gu, (control) => (control === "\n" ? control : " "));
}

/** The characters of `text` (after {@link printableText}) that `font` cannot draw, in order, once each. */
export function undrawableCharacters(text: string, font: Font): string[] {
  const missing = new Set<string>();
  for (const character of printableText(text)) {
    const code = character.codePointAt(0) ?? 0;
    if (character === "\n" || character === " ") continue;
    if (!font.hasGlyphForCodePoint(code)) missing.add(character);
  }
  return [...missing];
}

/** "2 characters (U+674E, U+96F7)": code points only, since the font cannot draw the characters. */
export function describeCharacters(characters: readonly string[]): string {
  const codes = characters.map(
    (character) =>
      `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
  return `${codes.length} character${codes.length === 1 ? "" : "s"} (${codes.join(", ")})`;
}

/** `text` with every character in `missing` replaced by {@link missingGlyphMarker}. */
export function markMissing(text: string, missing: ReadonlySet<string>): string {
  return Array.from(text, (character) =>
    missing.has(character) ? missingGlyphMarker : character,
  ).join("");
}
