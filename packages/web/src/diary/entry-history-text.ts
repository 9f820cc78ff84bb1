import { findBodyRegion, painScoreFields, type PainEntryChange } from "@painplan/core";

const fieldLabels: Readonly<Record<string, string>> = {
  recordedAt: "Time",
  intensityNow: painScoreFields.intensityNow.label,
  averageIntensity: painScoreFields.averageIntensity.label,
  worstIntensity: painScoreFields.worstIntensity.label,
  sleepInterference: painScoreFields.sleepInterference.label,
  mood: painScoreFields.mood.label,
  regions: "Where it hurts",
  activityNote: "What you did",
  triggers: "What made it worse",
  helpers: "What helped",
  notes: "Notes",
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A stored value in words: scores as "6 out of 10", regions by name, empty as "nothing". */
export function describeValue(value: unknown, formatInstant: (instant: string) => string): string {
  if (value === null || value === undefined || value === "") return "nothing";
  if (typeof value === "number") return `${value} out of 10`;
  if (typeof value === "string") {
    return /^\d{4}-\d{2}-\d{2}T/.test(value) ? formatInstant(value) : `“${value}”`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return "nothing";
    return value.map((item) => describeListItem(item)).join(", ");
  }
  return "a value";
}

function describeListItem(item: unknown): string {
  if (typeof item === "string") return item;
  if (isRecord(item) && typeof item["regionId"] === "string") {
    const label = findBodyRegion(item["regionId"])?.label ?? item["regionId"];
    return typeof item["intensity"] === "number" ? `${label} ${item["intensity"]}` : label;
  }
  return "an item";
}

/** One line per changed field: "Pain right now: 6 out of 10 → 3 out of 10". */
export function changeLines(
  change: PainEntryChange,
  formatInstant: (instant: string) => string,
): string[] {
  return change.changes.map(({ field, before, after }) => {
    const label = fieldLabels[field] ?? field;
    return `${label}: ${describeValue(before, formatInstant)} → ${describeValue(after, formatInstant)}`;
  });
}

export const actionLabels: Readonly<Record<PainEntryChange["action"], string>> = {
  created: "Written",
  updated: "Changed",
  deleted: "Deleted",
};
