import type { InstrumentSummary } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { scheduleText } from "./schedule-text";

function aSummary(schedule: Partial<InstrumentSummary["schedule"]> = {}): InstrumentSummary {
  return {
    id: "peg",
    title: "PEG",
    shortTitle: "PEG",
    licence: "free",
    status: "available",
    schedule: {
      intervalDays: 7,
      isDue: false,
      dueOn: "2026-03-08",
      isWaitingForAnchorDate: false,
      lastCompletedAt: null,
      lastSkippedAt: null,
      ...schedule,
    },
  };
}

describe("questionnaire schedule in words", () => {
  test("due, upcoming, on demand", () => {
    expect(scheduleText(aSummary({ isDue: true }))).toBe("Due today.");
    expect(scheduleText(aSummary())).toBe("Suggested every 7 days. Next on 8 March 2026.");
    expect(scheduleText(aSummary({ intervalDays: null, dueOn: null }))).toBe(
      "Whenever you like; no reminders.",
    );
  });

  test("waiting for a start date, or not installed", () => {
    expect(scheduleText(aSummary({ isWaitingForAnchorDate: true }))).toContain("start date");
    expect(scheduleText({ ...aSummary(), status: "not-installed" })).toBe(
      "Not available in this PainPlan.",
    );
  });
});
