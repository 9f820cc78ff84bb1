/** A key press on a score scale, with the event's timestamp in milliseconds. */
export type DigitPress = { key: string; at: number };

/** "1" then "0" within this time reads as 10. */
export const twoDigitWindowMs = 1000;

/**
 * The score a typed digit picks on a scale, or undefined when the key is not a digit in range.
 * "1" followed quickly by "0" picks 10 (when the scale reaches 10).
 */
export function scoreFromDigit(
  press: DigitPress,
  previous: DigitPress | undefined,
  range: { minimum: number; maximum: number },
): number | undefined {
  if (!/^[0-9]$/.test(press.key)) return undefined;
  const digit = Number(press.key);
  const isTen =
    digit === 0 &&
    previous?.key === "1" &&
    press.at - previous.at <= twoDigitWindowMs &&
    range.maximum >= 10;
  const score = isTen ? 10 : digit;
  return score >= range.minimum && score <= range.maximum ? score : undefined;
}
