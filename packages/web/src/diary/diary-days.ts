import type { PainEntry } from "@painplan/core";

export type DiaryDay = { localDate: string; entries: readonly PainEntry[] };

/** Entries (newest first) grouped by the day they belong to in the person's time zone. */
export function groupByLocalDay(entries: readonly PainEntry[]): DiaryDay[] {
  const days: { localDate: string; entries: PainEntry[] }[] = [];
  for (const entry of entries) {
    const last = days.at(-1);
    if (last?.localDate === entry.localDate) last.entries.push(entry);
    else days.push({ localDate: entry.localDate, entries: [entry] });
  }
  return days;
}

function previousDate(localDate: string): string {
  const noon = new Date(`${localDate}T12:00:00Z`);
  noon.setUTCDate(noon.getUTCDate() - 1);
  return noon.toISOString().slice(0, 10);
}

/** "Today", "Yesterday", or the weekday and date: "Monday 2 March 2026". */
export function dayHeading(localDate: string, today: string): string {
  if (localDate === today) return "Today";
  if (localDate === previousDate(today)) return "Yesterday";
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(`${localDate}T12:00:00Z`));
}
