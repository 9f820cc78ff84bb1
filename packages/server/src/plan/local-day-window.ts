import { addCalendarDays, instantOfWallTime } from "@painplan/core";

/** The UTC instant a local day starts at in a zone (midnight, or the first minute after a gap). */
export function startOfLocalDay(localDate: string, timeZone: string): string {
  const instant = instantOfWallTime(`${localDate}T00:00`, timeZone);
  if (instant === undefined) throw new Error(`No such day or zone: ${localDate} ${timeZone}`);
  return instant;
}

/** A window of whole local days, `from`…`to` inclusive, as UTC instants (end exclusive). */
export function localDaysWindow(from: string, to: string, timeZone: string) {
  return {
    from: startOfLocalDay(from, timeZone),
    to: startOfLocalDay(addCalendarDays(to, 1), timeZone),
  };
}
