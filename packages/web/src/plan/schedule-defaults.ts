import type { MinuteRange, TypicalFrequency, Weekday } from "@painplan/core";
import type { CadenceDraft } from "./cadence-draft";

/** The durations offered as one tap each; anything else is "custom". */
export const presetDurations = [30, 45, 60, 90] as const;

/** The usual session when the library gives no length (a custom therapy): one hour. */
const usualMinutes = 60;

/**
 * The duration a new item starts with: an hour, kept inside the library's usual range
 * (massage 30–90 → 60; a 5–10 minute body scan → 10). Minutes.
 */
export function defaultDuration(typicalMinutes: MinuteRange | null): number {
  if (typicalMinutes === null) return usualMinutes;
  return Math.min(Math.max(usualMinutes, typicalMinutes.min), typicalMinutes.max);
}

/** Days spread over the week for "N times a week" (2 → Monday and Thursday). */
const spreadDays: Readonly<Record<number, readonly Weekday[]>> = {
  1: ["MO"],
  2: ["MO", "TH"],
  3: ["MO", "WE", "FR"],
  4: ["MO", "TU", "TH", "FR"],
  5: ["MO", "TU", "WE", "TH", "FR"],
  6: ["MO", "TU", "WE", "TH", "FR", "SA"],
};

/**
 * The cadence a new item starts with, from the library's usual frequency: "every 1–2 weeks"
 * (massage) → every 2 weeks, the gentler end; "2–3 times a week" → 2 chosen days; 7 or more a
 * week → every day; as prescribed (medication) → every day, to be changed by the person.
 */
export function defaultCadence(frequency: TypicalFrequency | null): CadenceDraft {
  if (frequency === null || frequency.basis === "as-prescribed") return { choice: "daily" };
  if (frequency.basis === "every-weeks") {
    return frequency.max <= 1
      ? { choice: "weekly", weeks: 1, days: [] }
      : { choice: "weekly", weeks: Math.round(frequency.max), days: [] };
  }
  const times = Math.max(1, Math.round(frequency.min));
  if (times >= 7) return { choice: "daily" };
  return { choice: "days-of-week", days: [...(spreadDays[times] ?? ["MO"])] };
}
