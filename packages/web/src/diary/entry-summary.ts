import {
  findBodyRegion,
  painQualities,
  painScoreFields,
  painScoreNames,
  type PainEntry,
  type PainRegion,
} from "@painplan/core";

export type SummaryLine = { label: string; text: string };

const outOfTen = (value: number) => `${value} out of 10`;

/** The entry's numbers, each with the period it describes; scores not given are left out. */
export function scoreLines(entry: PainEntry): SummaryLine[] {
  return painScoreNames.flatMap((name) => {
    const value = entry[name];
    return value === null ? [] : [{ label: painScoreFields[name].label, text: outOfTen(value) }];
  });
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
