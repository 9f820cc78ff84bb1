/**
 * Wall-clock time in a person's own time zone (their PainPlan setting, which may differ from
 * the device's). `<input type="datetime-local">` speaks "YYYY-MM-DDTHH:mm" with no zone; the API
 * speaks UTC instants. These two functions translate, using the browser's time zone database.
 */

type WallParts = { year: number; month: number; day: number; hour: number; minute: number };

function wallPartsOf(epochMs: number, timeZone: string): WallParts {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(new Date(epochMs));
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value ?? Number.NaN);
  return {
    year: value("year"),
    month: value("month"),
    day: value("day"),
    hour: value("hour"),
    minute: value("minute"),
  };
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, "0");
}

/** "2026-03-29T08:30" for the instant, as the clock on the wall in `timeZone` shows it. */
export function wallTimeOf(instant: string, timeZone: string): string {
  const { year, month, day, hour, minute } = wallPartsOf(Date.parse(instant), timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

/** How far `timeZone` is ahead of UTC at that moment, in milliseconds. */
function offsetAt(epochMs: number, timeZone: string): number {
  const wall = wallPartsOf(epochMs, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return asUtc - Math.floor(epochMs / 60_000) * 60_000;
}

/**
 * The UTC instant of a wall-clock time in `timeZone`, or undefined if the text is not a time.
 * Two passes find the offset that applies at the result, so times near a DST change come out
 * right; a time skipped by a spring-forward change lands just after the gap.
 */
export function instantOfWallTime(wallTime: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wallTime);
  if (match === null) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const firstGuess = asUtc - offsetAt(asUtc, timeZone);
  const result = asUtc - offsetAt(firstGuess, timeZone);
  return Number.isNaN(result) ? undefined : new Date(result).toISOString();
}
