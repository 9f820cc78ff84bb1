import { describe, expect, test } from "vitest";
import { personDates } from "./person-dates";

// 13:56 UTC on 29 November 2026: already the 30th in Auckland, still the 29th in Los Angeles.
const now = new Date("2026-11-29T13:56:00.000Z");

describe("dates in the person's zone, not the device's", () => {
  test("today is the person's day", () => {
    expect(personDates("Pacific/Auckland", now).today).toBe("2026-11-30");
    expect(personDates("America/Los_Angeles", now).today).toBe("2026-11-29");
  });

  test("days near today by name, older ones in full, across a month end", () => {
    const dates = personDates("Pacific/Auckland", new Date("2026-03-01T00:00:00.000Z"));
    expect(dates.dayName("2026-03-01")).toBe("Today");
    expect(dates.dayName("2026-02-28")).toBe("Yesterday");
    expect(dates.dayName("2026-02-27")).toBe("Friday 27 February 2026");
  });

  test("an instant is dated and timed on the person's calendar and clock", () => {
    const auckland = personDates("Pacific/Auckland", now);
    expect(auckland.dateOf("2026-11-29T13:56:00.000Z")).toBe("30 November 2026");
    expect(auckland.momentOf("2026-11-29T13:56:00.000Z")).toBe("Today, 02:56");
    expect(auckland.momentOf("2026-11-28T13:56:00.000Z")).toBe("Yesterday, 02:56");
    expect(personDates("America/Los_Angeles", now).momentOf("2026-11-29T13:56:00.000Z")).toBe(
      "Today, 05:56",
    );
    expect(auckland.calendarDate("2026-04-05")).toBe("5 April 2026");
  });
});
