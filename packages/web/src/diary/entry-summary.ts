import { findBodyRegion, painQualities, type PainEntry, type PainRegion } from "@painplan/core";

export type SummaryLine = { label: string; text: string };

const outOfTen = (value: number) => `${value} out of 10`;

/** The entry's numbers, each with the period it describes. */
export function scoreLines(entry: PainEntry): SummaryLine[] {
  const lines: SummaryLine[] = [
    { label: "Pain right now", text: outOfTen(entry.intensityNow.value) },
  ];
  const optional: [string, PainEntry["averageIntensity"]][] = [
    ["Average pain over the last 24 hours", entry.averageIntensity],
    ["Worst pain over the last 24 hours", entry.worstIntensity],
    ["Pain got in the way of sleep last night", entry.sleepInterference],
    ["Mood", entry.mood],
  ];
  for (const [label, rating] of optional) {
    if (rating !== null) lines.push({ label, text: outOfTen(rating.value) });
  }
  return lines;
}

const qualityLabels = new Map<string, string>(
  painQualities.map((quality) => [quality.id, quality.label.toLowerCase()]),
);

/** "Left sole: 6 out of 10, burning, numbness". */
export function regionText(region: PainRegion): string {
  const label = findBodyRegion(region.regionId)?.label ?? region.regionId;
  const qualities = region.qualities.map((id) => qualityLabels.get(id) ?? id);
  return [`${label}: ${outOfTen(region.intensity)}`, ...qualities].join(", ");
}

export const originLabels: Readonly<Record<PainEntry["origin"], string | undefined>> = {
  entry: undefined,
  "quick-log": "Quick log",
  "stable-day": "Same as last time",
};
