/**
 * How long a text is as the server counts it for `personText` limits: after line endings become
 * "\n" and the text is NFC-normalised, in UTF-16 code units (see core/text/text.schema.ts).
 */
export function countedLength(value: string): number {
  return value.replace(/\r\n?/g, "\n").normalize("NFC").length;
}

/** What a character counter says, shown before saving so no one meets the limit on submit. */
export type CharacterCount = { text: string; isOver: boolean };

/**
 * The counter under a free-text field: "Up to 500 characters." while empty, "120 of 500
 * characters used." while within the limit, "12 characters too many: the limit is 500." over it.
 */
export function characterCount(value: string, maxLength: number): CharacterCount {
  const length = countedLength(value);
  const limit = maxLength.toLocaleString("en-GB");
  if (length === 0) return { text: `Up to ${limit} characters.`, isOver: false };
  if (length <= maxLength) {
    return {
      text: `${length.toLocaleString("en-GB")} of ${limit} characters used.`,
      isOver: false,
    };
  }
  const over = length - maxLength;
  const noun = over === 1 ? "character" : "characters";
  return {
    text: `${over.toLocaleString("en-GB")} ${noun} too many: the limit is ${limit}.`,
    isOver: true,
  };
}
