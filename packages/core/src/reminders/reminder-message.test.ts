import { describe, expect, it } from "vitest";
import { reminderMessage } from "./reminder-message.js";

describe("reminderMessage", () => {
  it("says 'tomorrow at 10:00' in the owner's zone, not the server's", () => {
    const message = reminderMessage({
      occurrenceStart: "2026-03-30T08:00:00.000Z",
      zone: "Europe/Berlin",
      locale: "en-GB",
      now: new Date("2026-03-29T09:00:00.000Z"),
    });
    expect(message.body).toBe("Session tomorrow at 10:00");
  });

  it("says 'today' and writes the clock as the owner's locale does", () => {
    expect(
      reminderMessage({
        occurrenceStart: "2026-03-30T14:30:00.000Z",
        zone: "America/New_York",
        locale: "en-US",
        now: new Date("2026-03-30T12:00:00.000Z"),
      }).body,
    ).toBe("Session today at 10:30 AM");
    expect(
      reminderMessage({
        occurrenceStart: "2026-03-30T08:00:00.000Z",
        zone: "Europe/Berlin",
        locale: "de-DE",
        now: new Date("2026-03-29T09:00:00.000Z"),
      }).body,
    ).toBe("Session tomorrow at 10:00");
  });

  it("names the weekday further ahead and never the therapy", () => {
    const message = reminderMessage({
      occurrenceStart: "2026-04-03T08:00:00.000Z",
      zone: "Europe/Berlin",
      locale: "en-GB",
      now: new Date("2026-03-29T09:00:00.000Z"),
    });
    expect(message.body).toBe("Session on Friday 3 April at 10:00");
    expect(message.title).toBe("PainPlan reminder");
  });
});
