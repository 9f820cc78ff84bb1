import type { ItemSchedule } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { scheduleWords } from "./schedule-words";

const base: ItemSchedule = {
  cadence: { kind: "weekly", interval: 2, days: ["TU"] },
  startDate: "2026-03-03",
  timeOfDay: "10:00",
  durationMinutes: 60,
  end: { kind: "never" },
};
const words = (schedule: ItemSchedule) => scheduleWords(schedule, (day) => day);

describe("schedule in plain words", () => {
  test("the issue's example: every 2 weeks on Tuesday at 10:00, 60 min", () => {
    expect(words(base)).toBe("Every 2 weeks on Tuesday at 10:00, 60 min");
  });

  test("N times a week, daily, monthly, after the last held session, a custom rule", () => {
    expect(words({ ...base, cadence: { kind: "weekly", interval: 1, days: ["MO", "TH"] } })).toBe(
      "Twice a week: Monday and Thursday at 10:00, 60 min",
    );
    expect(words({ ...base, cadence: { kind: "daily", interval: 1 }, durationMinutes: 5 })).toBe(
      "Every day at 10:00, 5 min",
    );
    expect(words({ ...base, cadence: { kind: "monthly", interval: 1 } })).toBe(
      "Every month, on the same day of the month at 10:00, 60 min",
    );
    expect(words({ ...base, cadence: { kind: "after-last-held", intervalWeeks: 2 } })).toBe(
      "2 weeks after the last session you actually had at 10:00, 60 min",
    );
    expect(words({ ...base, cadence: { kind: "rrule", rrule: "FREQ=DAILY;INTERVAL=3" } })).toBe(
      "By the calendar rule FREQ=DAILY;INTERVAL=3 at 10:00, 60 min",
    );
  });

  test("an end is said; a length still being typed is left out", () => {
    expect(words({ ...base, end: { kind: "until", date: "2026-06-01" } })).toBe(
      "Every 2 weeks on Tuesday at 10:00, 60 min, until 2026-06-01",
    );
    expect(words({ ...base, end: { kind: "count", count: 6 }, durationMinutes: Number.NaN })).toBe(
      "Every 2 weeks on Tuesday at 10:00, 6 sessions in all",
    );
  });
});
