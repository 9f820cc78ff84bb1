/** Characters of Windows-1252 above Latin-1's range, which the built-in PDF fonts can draw. */
const windows1252Extras = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/**
 * The standard PDF fonts (Helvetica) draw Windows-1252 only, and pdfkit garbles a whole line
 * that holds anything else. Such characters become "?", so the rest stays readable; the web
 * print page shows the same sheet with every script.
 */
export function toWinAnsi(text: string): string {
  return Array.from(text, (character) => {
    const code = character.codePointAt(0) ?? 0;
    const isLatin1 = code >= 0x20 && code <= 0xff && !(code >= 0x7f && code < 0xa0);
    return isLatin1 || windows1252Extras.has(character) ? character : "?";
  }).join("");
}
