import { expandOccurrences, instantPlusDays, type PlanPause } from "@painplan/core";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { planCalendarIcs } from "./calendar-ics.js";
import type { CalendarItem, PlanCalendar } from "./plan-calendar.js";
import { instantOfUtc, toWholeSeconds, utcProperties } from "./testing/ics-utc.js";

const window = { from: "2026-01-01T00:00:00.000Z", to: "2027-01-01T00:00:00.000Z" };
const now = new Date("2026-02-01T12:00:00.000Z");

/** A fortnightly massage with a moved, a cancelled and a held session, plus an added one. */
const massage: CalendarItem = {
  itemId: "11111111-1111-4111-8111-111111111111",
  title: "Swedish massage",
  schedule: {
    cadence: { kind: "weekly", interval: 2, days: ["TU"] },
    startDate: "2026-02-03",
    timeOfDay: "10:00",
    durationMinutes: 60,
    end: { kind: "never" },
  },
  exceptions: [
    { originalStart: "2026-03-17T10:00", kind: "moved", movedTo: "2026-03-18T14:30" },
    { originalStart: "2026-03-31T10:00", kind: "cancelled" },
    { originalStart: "2026-02-17T10:00", kind: "held", heldAt: "2026-02-17T15:05:00.000Z" },
  ],
  added: [{ start: "2026-04-02T09:00", durationMinutes: 45 }],
  sequence: 42,
  updatedAt: "2026-01-30T09:00:00.000Z",
};

/** A daily body scan at 02:30: skipped by the spring-forward night in both zones tested. */
const bodyScan: CalendarItem = {
  itemId: "22222222-2222-4222-8222-222222222222",
  title: "Body scan",
  schedule: {
    cadence: { kind: "daily", interval: 1 },
    startDate: "2026-02-20",
    timeOfDay: "02:30",
    durationMinutes: 5,
    end: { kind: "count", count: 60 },
  },
  exceptions: [],
  added: [],
  sequence: 3,
  updatedAt: "2026-01-30T09:00:00.000Z",
};

/** Gentle yoga twice a week until the end of November (UNTIL across the autumn change). */
const yoga: CalendarItem = {
  itemId: "33333333-3333-4333-8333-333333333333",
  title: "Gentle yoga",
  schedule: {
    cadence: { kind: "weekly", interval: 1, days: ["MO", "TH"] },
    startDate: "2026-09-01",
    timeOfDay: "18:15",
    durationMinutes: 45,
    end: { kind: "until", date: "2026-11-30" },
  },
  exceptions: [],
  added: [],
  sequence: 1,
  updatedAt: "2026-01-30T09:00:00.000Z",
};

const pauses: PlanPause[] = [{ from: "2026-04-20", until: "2026-04-30", reason: "Flare" }];
const plan: PlanCalendar = { items: [massage, bodyScan, yoga], pauses };

type Session = { uid: string; start: string; end: string };

/** What plan-core says happens: every occurrence that is not cancelled or paused. */
function expected(zone: string): Session[] {
  return plan.items
    .flatMap((item) =>
      expandOccurrences(
        {
          itemId: item.itemId,
          schedule: item.schedule,
          exceptions: item.exceptions,
          added: item.added,
          pauses,
        },
        zone,
        window,
      ),
    )
    .filter((occurrence) => occurrence.status !== "cancelled" && occurrence.status !== "paused")
    .map((occurrence) => ({ uid: occurrence.itemId, start: occurrence.start, end: occurrence.end }))
    .sort(bySession);
}

function bySession(a: Session, b: Session): number {
  return a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid);
}

/** What a calendar app shows: the file parsed and expanded by ical.js over the same window. */
function expandedByIcalJs(text: string): Session[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  const sessions: Session[] = [];
  const end = ICAL.Time.fromJSDate(new Date(window.to), true);
  const itemIdOf = (uid: string) => uid.slice(0, 36);
  for (const event of events) {
    if (event.isRecurrenceException()) continue;
    if (!event.isRecurring()) {
      sessions.push({
        uid: itemIdOf(event.uid),
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
      });
      continue;
    }
    for (const exception of events.filter(
      (other) => other.uid === event.uid && other.isRecurrenceException(),
    )) {
      event.relateException(exception);
    }
    const iterator = event.iterator();
    // ical.js types `next()` as always a Time; it returns undefined when the rule ends.
    const nextTime = () => iterator.next() as ICAL.Time | undefined;
    for (let next = nextTime(); next !== undefined && next.compare(end) < 0; next = nextTime()) {
      const details = event.getOccurrenceDetails(next) as {
        startDate: ICAL.Time;
        endDate: ICAL.Time;
      };
      sessions.push({
        uid: itemIdOf(event.uid),
        start: details.startDate.toJSDate().toISOString(),
        end: details.endDate.toJSDate().toISOString(),
      });
    }
  }
  return sessions
    .filter((session) => session.start >= window.from && session.start < window.to)
    .sort(bySession);
}

describe("the plan as iCalendar", () => {
  for (const zone of ["Europe/Berlin", "America/New_York"]) {
    it(`expands in ical.js to exactly plan-core's occurrences (${zone}, across DST)`, () => {
      const text = planCalendarIcs({ plan, zone, alarmLeadMinutes: 90, now, refreshMinutes: 60 });
      const fromIcs = expandedByIcalJs(text);
      const fromCore = expected(zone);
      expect(fromCore.length).toBeGreaterThan(100);
      expect(fromIcs).toEqual(fromCore);
    });
  }

  it("writes TZID with its VTIMEZONE, EXDATE, RECURRENCE-ID, SEQUENCE, VALARM and REFRESH-INTERVAL", () => {
    const text = planCalendarIcs({
      plan,
      zone: "Europe/Berlin",
      alarmLeadMinutes: 90,
      now,
      refreshMinutes: 60,
    });
    const unfolded = text.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin");
    expect(unfolded).toContain("DTSTART;TZID=Europe/Berlin:20260203T100000");
    expect(unfolded).toContain("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO");
    // The cancelled session and the two paused ones (20 to 30 April: the 28th) are excluded.
    expect(unfolded).toMatch(/EXDATE;TZID=Europe\/Berlin:[0-9T,]*20260331T100000/);
    expect(unfolded).toMatch(/EXDATE;TZID=Europe\/Berlin:[0-9T,]*20260428T100000/);
    expect(unfolded).toContain("RECURRENCE-ID;TZID=Europe/Berlin:20260317T100000");
    expect(unfolded).toContain("SEQUENCE:42");
    expect(unfolded).toContain("BEGIN:VALARM");
    expect(unfolded).toContain("TRIGGER:-PT1H30M");
    expect(unfolded).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
    expect(unfolded).toContain(
      "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TH;WKST=MO;UNTIL=20261130T225959Z",
    );
  });

  it("holds no health text beyond the therapy's name, and no alarm when the feed channel is off", () => {
    const text = planCalendarIcs({
      plan,
      zone: "Europe/Berlin",
      alarmLeadMinutes: null,
      now,
      refreshMinutes: 60,
    });
    expect(text).not.toContain("BEGIN:VALARM");
    expect(text).not.toContain("Flare");
    const summaries = [...text.matchAll(/^SUMMARY:(.*)$/gm)].map((match) => match[1]);
    expect(new Set(summaries)).toEqual(new Set(["Swedish massage", "Body scan", "Gentle yoga"]));
  });

  it("lists an after-last-held item session by session", () => {
    const afterHeld: CalendarItem = {
      ...massage,
      itemId: "44444444-4444-4444-8444-444444444444",
      schedule: { ...massage.schedule, cadence: { kind: "after-last-held", intervalWeeks: 2 } },
      exceptions: [],
      added: [],
      lastHeldAt: "2026-02-10T09:00:00.000Z",
    };
    const single: PlanCalendar = { items: [afterHeld], pauses: [] };
    const text = planCalendarIcs({
      plan: single,
      zone: "Europe/Berlin",
      alarmLeadMinutes: 30,
      now,
      refreshMinutes: 60,
    });
    expect(text).not.toContain("RRULE:FREQ=WEEKLY");
    const listed = expandedByIcalJs(text);
    const core = expandOccurrences(
      {
        itemId: afterHeld.itemId,
        schedule: afterHeld.schedule,
        exceptions: [],
        added: [],
        pauses: [],
        lastHeldAt: "2026-02-10T09:00:00.000Z",
      },
      "Europe/Berlin",
      {
        from: instantPlusDays(now, -90),
        to: instantPlusDays(now, 400),
      },
    ).filter((occurrence) => occurrence.status !== "cancelled" && occurrence.status !== "paused");
    expect(listed.length).toBeGreaterThan(20);
    expect(listed.map((session) => session.start)).toEqual(
      core
        .map((occurrence) => occurrence.start)
        .filter((start) => start >= window.from && start < window.to),
    );
  });

  for (const zone of ["America/Los_Angeles", "Pacific/Auckland"]) {
    it(`writes every property RFC 5545 requires in UTC with a Z, at the right instant (${zone})`, () => {
      const late = new Date("2026-11-30T08:22:44.512Z");
      const single = { ...massage, updatedAt: "2026-11-30T08:22:42.000Z" };
      const afterHeld: CalendarItem = {
        ...massage,
        itemId: "44444444-4444-4444-8444-444444444444",
        schedule: { ...massage.schedule, cadence: { kind: "after-last-held", intervalWeeks: 2 } },
        exceptions: [],
        added: [],
        lastHeldAt: "2026-11-10T09:00:00.000Z",
      };
      const items = [single, bodyScan, yoga, afterHeld];
      const text = planCalendarIcs({
        plan: { items, pauses },
        zone,
        alarmLeadMinutes: 30,
        now: late,
        refreshMinutes: 60,
      });
      const found = utcProperties(text);
      const events = found.filter((property) => property.component === "VEVENT");
      expect(events.filter((property) => property.name === "DTSTAMP").length).toBeGreaterThan(10);
      for (const property of found) {
        const where = `${property.component} ${property.uid ?? ""} ${property.name}`;
        expect(instantOfUtc(property.value), `${where}:${property.value}`).toBeDefined();
        if (property.component !== "VEVENT") continue;
        const item = items.find((candidate) => property.uid?.startsWith(candidate.itemId));
        if (property.name === "DTSTAMP")
          expect(instantOfUtc(property.value), where).toBe(toWholeSeconds(late.toISOString()));
        if (property.name === "LAST-MODIFIED")
          expect(instantOfUtc(property.value), where).toBe(toWholeSeconds(item?.updatedAt ?? ""));
      }
      const modified = events.filter((property) => property.name === "LAST-MODIFIED");
      expect(modified.length).toBe(events.filter((p) => p.name === "DTSTAMP").length);
    });
  }
});
