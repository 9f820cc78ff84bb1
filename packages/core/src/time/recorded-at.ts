import { timeLimits } from "./time-limits.js";

const skewMs = timeLimits.clockSkewMinutes * 60_000;
const earliestMs = Date.parse(timeLimits.earliestInstant);

/**
 * Checks a pain entry's time against the server's clock (passed in: core has no clock). Returns
 * a message for the person, or undefined when the time is acceptable. A few minutes ahead are
 * allowed because phone clocks drift.
 */
export function checkRecordedAt(recordedAt: string, now: Date): string | undefined {
  const at = Date.parse(recordedAt);
  if (Number.isNaN(at)) return "Enter a date and time.";
  if (at < earliestMs) return "Choose a time from 1900 on.";
  if (at > now.getTime() + skewMs) return "That time is in the future. Choose a time up to now.";
  return undefined;
}
