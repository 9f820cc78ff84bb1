import { describe, expect, it } from "vitest";
import { localDayWindow, minuteWindow, secondsUntil } from "./account-quotas.js";

describe("quota windows", () => {
  it("a clock minute: its label, and the seconds left in it", () => {
    const now = new Date("2026-03-29T00:30:15.200Z");
    const window = minuteWindow(now);
    expect(window.label).toBe("2026-03-29T00:30");
    expect(secondsUntil(window, now)).toBe(45);
  });

  it("a local day ends at the person's midnight, also on a 23-hour day (DST)", () => {
    // Europe/Paris springs forward on 2026-03-29: that day has 23 hours.
    const now = new Date("2026-03-28T23:30:00Z");
    const window = localDayWindow(now, "Europe/Paris");
    expect(window.label).toBe("2026-03-29");
    expect(window.endsAt.toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(secondsUntil(window, now)).toBe(22.5 * 3600);
  });

  it("never asks to wait less than a second", () => {
    const now = new Date("2026-03-29T00:30:59.999Z");
    expect(secondsUntil(minuteWindow(now), now)).toBe(1);
  });
});
