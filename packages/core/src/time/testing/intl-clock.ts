/**
 * An oracle for tests that does not use luxon: the platform's own Intl formatter, asked what a
 * zone's clock shows at an instant. Slow and simple on purpose.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The clock in `timeZone` at `epochMs`, read as if it were UTC (milliseconds, whole seconds). */
export function clockAsUtcMs(epochMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((entry) => entry.type === type)?.value);
  return Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
}

/** How far `timeZone` is ahead of UTC at `epochMs`, in minutes. */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return Math.round((clockAsUtcMs(wholeSecond, timeZone) - wholeSecond) / 60_000);
}

/** "YYYY-MM-DDTHH:mm" on the clock of `timeZone` at `epochMs`. */
export function wallClockAt(epochMs: number, timeZone: string): string {
  return new Date(clockAsUtcMs(epochMs, timeZone)).toISOString().slice(0, 16);
}

const hourMs = 3600_000;

/**
 * Every instant whose wall clock reads `wallTime` in `timeZone`, found by trying each offset the
 * zone used within 30 hours of it (sampled every hour).
 */
export function instantsShowing(wallTime: string, timeZone: string): number[] {
  const asUtc = Date.parse(`${wallTime}:00Z`);
  const offsets = new Set<number>();
  for (let at = asUtc - 30 * hourMs; at <= asUtc + 30 * hourMs; at += hourMs) {
    offsets.add(offsetMinutesAt(at, timeZone));
  }
  return [...offsets]
    .map((offset) => asUtc - offset * 60_000)
    .filter((instant) => wallClockAt(instant, timeZone) === wallTime)
    .sort((first, second) => first - second);
}

/**
 * The first instant after `fromMs` (within `withinMs`) at which the zone's offset changes, to the
 * minute; undefined if none.
 */
export function nextOffsetChange(
  fromMs: number,
  timeZone: string,
  withinMs: number,
): number | undefined {
  const start = offsetMinutesAt(fromMs, timeZone);
  // Offsets hold for weeks at a time: a weekly scan, then halving down to the minute.
  const step = 7 * 24 * hourMs;
  for (let at = fromMs + step; at <= fromMs + withinMs; at += step) {
    if (offsetMinutesAt(at, timeZone) !== start) {
      let low = at - step;
      let high = at;
      while (high - low > 60_000) {
        const middle = Math.floor((low + high) / 2 / 60_000) * 60_000;
        if (offsetMinutesAt(middle, timeZone) === start) low = middle;
        else high = middle;
      }
      return high;
    }
  }
  return undefined;
}
