import { describe, expect, it } from "vitest";
import { feedClientOf, feedHealth } from "./feed-health.js";

const created = "2026-03-01T10:00:00.000Z";
const at = (iso: string) => new Date(iso);

describe("feedHealth", () => {
  it("says nothing while a new feed waits less than a day for its first fetch", () => {
    const health = feedHealth({
      createdAt: created,
      lastFetchedAt: null,
      lastUserAgent: null,
      now: at("2026-03-02T09:59:59.000Z"),
    });
    expect(health).toEqual({ client: null, warnings: [] });
  });

  it("says plainly when no calendar fetched it for a day, and offers another channel", () => {
    const never = feedHealth({
      createdAt: created,
      lastFetchedAt: null,
      lastUserAgent: null,
      now: at("2026-03-02T10:00:00.000Z"),
    });
    expect(never.warnings.map((w) => w.code)).toEqual(["not-fetched-yet"]);
    const stale = feedHealth({
      createdAt: created,
      lastFetchedAt: "2026-03-05T08:00:00.000Z",
      lastUserAgent: "Thunderbird/128",
      now: at("2026-03-06T08:00:00.000Z"),
    });
    expect(stale.warnings.map((w) => w.code)).toEqual(["not-fetched-for-a-day"]);
    expect(stale.warnings[0]?.suggestion).toMatch(/notifications|e-mail/);
  });

  it("recognises Google Calendar, which ignores alarms of subscribed feeds", () => {
    const health = feedHealth({
      createdAt: created,
      lastFetchedAt: "2026-03-05T08:00:00.000Z",
      lastUserAgent: "Google-Calendar-Importer",
      now: at("2026-03-05T09:00:00.000Z"),
    });
    expect(health.client).toBe("Google Calendar");
    expect(health.warnings.map((w) => w.code)).toEqual(["client-ignores-alarms"]);
  });

  it("recognises Apple Calendar (alerts can be removed when subscribing)", () => {
    expect(feedClientOf("macOS/14.5 (23F79) CalendarAgent/988.5.1")?.alarms).toBe("may-be-removed");
    expect(feedClientOf("iOS/17.5 (21F79) dataaccessd/1.0")?.name).toBe("Apple Calendar");
    expect(feedClientOf("Mozilla/5.0 Thunderbird/128.0")).toBeUndefined();
    expect(feedClientOf(null)).toBeUndefined();
  });
});
