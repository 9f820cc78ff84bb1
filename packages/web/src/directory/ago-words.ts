import { calendarDaysBetween } from "@painplan/core";

/** Whole calendar months from one local day to another (the day of the month decides). */
function monthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth, fromDay] = from.split("-").map(Number);
  const [toYear, toMonth, toDay] = to.split("-").map(Number);
  if ([fromYear, fromMonth, fromDay, toYear, toMonth, toDay].some((n) => n === undefined)) return 0;
  const months = ((toYear ?? 0) - (fromYear ?? 0)) * 12 + ((toMonth ?? 0) - (fromMonth ?? 0));
  return (toDay ?? 0) < (fromDay ?? 0) ? months - 1 : months;
}

function plural(count: number, one: string): string {
  return count === 1 ? `1 ${one}` : `${count} ${one}s`;
}

/**
 * How long ago a local day was, from the person's today: "today", "yesterday", "5 days ago",
 * "3 weeks ago", "3 months ago", "2 years ago". A day after today (a clock ahead somewhere) is
 * "today": never "in 2 days" for something already done. `monthsUntil` (12 by default) is the
 * number of months from which the words switch to years: the admin's queue, where a year is the
 * limit, passes 24 so 14 months read "14 months ago", not "1 year ago".
 */
export function agoWords(
  localDate: string,
  today: string,
  { monthsUntil = 12 }: { monthsUntil?: number } = {},
): string {
  const days = calendarDaysBetween(localDate, today);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 14) return `${days} days ago`;
  const months = monthsBetween(localDate, today);
  if (months < 1) return `${plural(Math.floor(days / 7), "week")} ago`;
  if (months < monthsUntil) return `${plural(months, "month")} ago`;
  return `${plural(Math.floor(months / 12), "year")} ago`;
}
