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
