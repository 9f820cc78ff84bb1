import type { ItemSchedule } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { previewSessions } from "./schedule-preview";

const base: ItemSchedule = {
  cadence: { kind: "weekly", interval: 2, days: ["TU"] },
  startDate: "2026-03-03",
  timeOfDay: "10:00",
  durationMinutes: 60,
  end: { kind: "never" },
};
const beforeStart = new Date("2026-03-01T12:00:00Z");
const daysOf = (schedule: ItemSchedule, zone = "Europe/Berlin", now = beforeStart) =>
  previewSessions(schedule, zone, now)?.map((each) => `${each.localDate} ${each.localTime}`);

describe("the builder's preview uses core's expansion", () => {
  test("every 2 weeks on Tuesday: five sessions at 10:00 local, across the spring DST change", () => {
    expect(daysOf(base)).toEqual([
      "2026-03-03 10:00",
      "2026-03-17 10:00",
      "2026-03-31 10:00",
      "2026-04-14 10:00",
      "2026-04-28 10:00",
    ]);
  });

  test("a custom RRULE now previews too; one being typed gives no dates", () => {
    expect(
      daysOf({ ...base, cadence: { kind: "rrule", rrule: "FREQ=WEEKLY;BYDAY=MO,TH" } }),
    ).toEqual([
      "2026-03-05 10:00",
      "2026-03-09 10:00",
      "2026-03-12 10:00",
      "2026-03-16 10:00",
      "2026-03-19 10:00",
    ]);
    expect(
      daysOf({ ...base, cadence: { kind: "rrule", rrule: "FREQ=SOMETIMES" } }),
    ).toBeUndefined();
  });

  test("monthly on the 31st skips shorter months; count and until end the list", () => {
    expect(
      daysOf(
        { ...base, startDate: "2026-01-31", cadence: { kind: "monthly", interval: 1 } },
        "UTC",
        new Date("2026-01-30T00:00:00Z"),
      ),
    ).toEqual([
      "2026-01-31 10:00",
      "2026-03-31 10:00",
      "2026-05-31 10:00",
      "2026-07-31 10:00",
      "2026-08-31 10:00",
    ]);
    expect(daysOf({ ...base, end: { kind: "count", count: 2 } })).toHaveLength(2);
    expect(daysOf({ ...base, end: { kind: "until", date: "2026-03-20" } })).toEqual([
      "2026-03-03 10:00",
      "2026-03-17 10:00",
    ]);
  });

  test("a schedule that started earlier previews from now, not from its first day", () => {
    expect(daysOf(base, "Europe/Berlin", new Date("2026-03-20T00:00:00Z"))?.[0]).toBe(
      "2026-03-31 10:00",
    );
  });
});
