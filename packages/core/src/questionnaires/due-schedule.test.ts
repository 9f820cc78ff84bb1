import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDaysBetween } from "../time/calendar-date.js";
import { localDayOf } from "../time/local-day.js";
import { scheduleFor, type ScheduleInput } from "./due-schedule.js";

const weekly = (overrides: Partial<ScheduleInput>): ScheduleInput => ({
  intervalDays: 7,
  isAvailable: true,
  usesAnchorDate: false,
  anchorDate: null,
  lastCompletedAt: undefined,
  lastSkippedAt: undefined,
  now: new Date("2026-03-10T12:00:00Z"),
  timeZone: "Europe/Paris",
  ...overrides,
});

describe("due schedule", () => {
  it("is due today when never taken", () => {
    expect(scheduleFor(weekly({}))).toMatchObject({ isDue: true, dueOn: "2026-03-10" });
  });

  it("is due again one interval after the local day it was completed", () => {
    const done = weekly({ lastCompletedAt: new Date("2026-03-03T09:00:00Z") });
    expect(scheduleFor(done)).toMatchObject({ isDue: true, dueOn: "2026-03-10" });
    const recent = weekly({ lastCompletedAt: new Date("2026-03-04T09:00:00Z") });
    expect(scheduleFor(recent)).toMatchObject({ isDue: false, dueOn: "2026-03-11" });
  });

  it("counts days in the person's time zone, not in UTC", () => {
    // 23:30 UTC on the 3rd is already the 4th in Tokyo, still the 3rd in New York.
    const lastCompletedAt = new Date("2026-03-03T23:30:00Z");
    const now = new Date("2026-03-10T12:00:00Z");
    expect(scheduleFor(weekly({ lastCompletedAt, now, timeZone: "Asia/Tokyo" })).isDue).toBe(false);
    expect(scheduleFor(weekly({ lastCompletedAt, now, timeZone: "America/New_York" })).isDue).toBe(
      true,
    );
  });

  it("keeps whole local days across a daylight-saving change", () => {
    // Paris moves to summer time on 29 March 2026; a week after the 25th is still 1 April.
    const schedule = scheduleFor(
      weekly({
        lastCompletedAt: new Date("2026-03-25T22:30:00Z"), // 23:30 on the 25th in Paris
        now: new Date("2026-03-31T22:30:00Z"), // 00:30 on 1 April in Paris
      }),
    );
    expect(schedule).toMatchObject({ dueOn: "2026-04-01", isDue: true });
  });

  it("a skip waits a full interval, like an answer", () => {
    const skipped = weekly({
      lastCompletedAt: new Date("2026-02-01T09:00:00Z"),
      lastSkippedAt: new Date("2026-03-09T09:00:00Z"),
    });
    expect(scheduleFor(skipped)).toMatchObject({ isDue: false, dueOn: "2026-03-16" });
  });

  it("is never due when reminders are off or the instrument is not installed", () => {
    expect(scheduleFor(weekly({ intervalDays: null }))).toMatchObject({
      isDue: false,
      dueOn: null,
    });
    expect(scheduleFor(weekly({ isAvailable: false }))).toMatchObject({
      isDue: false,
      dueOn: null,
    });
  });

  describe("PGIC (anchored to a start date)", () => {
    const pgic = (overrides: Partial<ScheduleInput>) =>
      weekly({ intervalDays: 28, usesAnchorDate: true, ...overrides });

    it("waits for a start date", () => {
      expect(scheduleFor(pgic({}))).toMatchObject({
        isDue: false,
        dueOn: null,
        isWaitingForAnchorDate: true,
      });
    });

    it("is first due one interval after the start date", () => {
      expect(scheduleFor(pgic({ anchorDate: "2026-02-10" }))).toMatchObject({
        isDue: true,
        dueOn: "2026-03-10",
        isWaitingForAnchorDate: false,
      });
      expect(scheduleFor(pgic({ anchorDate: "2026-02-11" })).isDue).toBe(false);
    });

    it("counts from the last answer after the start date, ignoring answers before it", () => {
      const answeredAfter = pgic({
        anchorDate: "2026-01-01",
        lastCompletedAt: new Date("2026-02-20T10:00:00Z"),
      });
      expect(scheduleFor(answeredAfter).dueOn).toBe("2026-03-20");
      const answeredBefore = pgic({
        anchorDate: "2026-03-01",
        lastCompletedAt: new Date("2026-02-20T10:00:00Z"),
      });
      expect(scheduleFor(answeredBefore).dueOn).toBe("2026-03-29");
    });
  });

  it("is never due before the interval has passed (property)", () => {
    const zones = [
      "UTC",
      "Europe/Paris",
      "Pacific/Kiritimati",
      "Pacific/Pago_Pago",
      "America/Sao_Paulo",
    ];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2020-01-01Z"),
          max: new Date("2030-01-01Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 365 }),
        fc.integer({ min: 0, max: 400 * 24 }),
        fc.constantFrom(...zones),
        (done, intervalDays, hoursLater, timeZone) => {
          const now = new Date(done.getTime() + hoursLater * 3_600_000);
          const schedule = scheduleFor(
            weekly({ intervalDays, lastCompletedAt: done, now, timeZone }),
          );
          const daysApart = calendarDaysBetween(
            localDayOf(done.toISOString(), timeZone),
            localDayOf(now.toISOString(), timeZone),
          );
          return schedule.isDue === daysApart >= intervalDays;
        },
      ),
    );
  });
});
