import {
  cadenceRuleBody,
  expandOccurrences,
  instantOfWallTime,
  instantPlusDays,
  type ItemSchedule,
  type Occurrence,
  type PlanPause,
} from "@painplan/core";
import ical, { ICalAlarmType, ICalCalendarMethod } from "ical-generator";
import { DateTime } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";
import type { CalendarItem, PlanCalendar } from "./plan-calendar.js";

/** `after-last-held` items have no RRULE: their sessions are listed one by one over this window. */
const listedWindowDays = { before: 90, after: 400 };
/** Sessions in a DST gap are written one by one from a year before to two years after `now`. */
const gapHorizonDays = { before: 366, after: 731 };

/** The VTIMEZONE of an IANA zone (timezones-ical-library, generated from the IANA database). */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) && typeof block[0] === "string" ? block[0] : null;
}

/** A local wall time ("YYYY-MM-DDTHH:MM") as a luxon time in the zone (a skipped time moves forward). */
function wallTime(wall: string, zone: string): DateTime {
  const instant = instantOfWallTime(wall, zone);
  if (instant === undefined) throw new RangeError(`Not a wall time in ${zone}: ${wall}`);
  return DateTime.fromISO(instant, { zone });
}

/** "2026-03-30T10:00" → "20260330T100000" (an RFC 5545 local DATE-TIME). */
function icsLocal(wall: string): string {
  return `${wall.replace(/[-:]/g, "")}00`;
}

/**
 * The RRULE of a schedule for a DTSTART with TZID: plan-core's cadence body, then COUNT, or
 * UNTIL as the UTC instant of the end of the last local day (RFC 5545 §3.3.10: with a TZID
 * DTSTART, UNTIL is in UTC).
 */
export function icsRuleBody(schedule: ItemSchedule, zone: string): string {
  const body = cadenceRuleBody(schedule.cadence);
  const { end } = schedule;
  if (end.kind === "count") return `${body};COUNT=${end.count.toString()}`;
  if (end.kind === "never") return body;
  const lastMinute = instantOfWallTime(`${end.date}T23:59`, zone, "later");
  if (lastMinute === undefined) throw new RangeError(`Unknown time zone: ${zone}`);
  const until = new Date(Date.parse(lastMinute) + 59_000).toISOString();
  return `${body};UNTIL=${until.replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`;
}

/** Occurrences of an item that a pause suspends (status "paused"), by their keys. */
function pausedKeys(item: CalendarItem, pauses: readonly PlanPause[], zone: string): Set<string> {
  const keys = new Set<string>();
  for (const pause of pauses) {
    const from = instantOfWallTime(`${pause.from}T00:00`, zone);
    const until = instantOfWallTime(`${pause.until}T23:59`, zone);
    if (from === undefined || until === undefined) continue;
    const occurrences = expandOccurrences(
      {
        itemId: item.itemId,
        schedule: item.schedule,
        exceptions: item.exceptions,
        added: item.added,
        pauses: [pause],
      },
      zone,
      {
        from: instantPlusDays(from, -1),
        to: instantPlusDays(until, 1),
      },
    );
    for (const occurrence of occurrences)
      if (occurrence.status === "paused") keys.add(occurrence.key);
  }
  return keys;
}

const isHappening = (occurrence: Pick<Occurrence, "status">) =>
  occurrence.status !== "cancelled" && occurrence.status !== "paused";

/**
 * The plan as an iCalendar file (RFC 5545, with RFC 7986 NAME and REFRESH-INTERVAL), written with
 * ical-generator: each item one recurring VEVENT (DTSTART with TZID, the item's RRULE from
 * `icsRuleBody`), the zone's VTIMEZONE, EXDATE for cancelled and paused sessions, a
 * RECURRENCE-ID override for each moved one, one VEVENT per added session, SEQUENCE growing with
 * each change, and a VALARM `alarmLeadMinutes` before (none when null: the feed channel is off
 * or reminders are stopped). The only text is the therapy's name. `after-last-held` items have no
 * rule a calendar could follow: their sessions are listed one by one.
 */
export function planCalendarIcs(input: {
  plan: PlanCalendar;
  zone: string;
  alarmLeadMinutes: number | null;
  now: Date;
  refreshMinutes: number;
}): string {
  const { plan, zone, now } = input;
  const calendar = ical({
    name: "PainPlan sessions",
    prodId: { company: "PainPlan", product: "Plan", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone: ical-generator writes DTSTAMP, LAST-MODIFIED and CREATED in the
    // calendar's zone without "Z", and RFC 5545 (§3.8.7) requires UTC there. Each event carries
    // its own TZID, and the generator still writes that zone's VTIMEZONE.
    timezone: { name: null, generator: vtimezone },
    ttl: input.refreshMinutes * 60,
  });
  for (const item of plan.items) {
    const uid = `${item.itemId}@painplan`;
    const minutes = item.schedule.durationMinutes;
    const common = {
      summary: item.title,
      timezone: zone,
      sequence: item.sequence,
      stamp: DateTime.fromJSDate(now, { zone: "utc" }),
      lastModified: DateTime.fromISO(item.updatedAt, { zone: "utc" }),
    };
    const addAlarm = (event: ReturnType<typeof calendar.createEvent>) => {
      if (input.alarmLeadMinutes === null) return;
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: input.alarmLeadMinutes * 60,
        description: item.title,
      });
    };
    const single = (id: string, start: DateTime, end: DateTime) => {
      addAlarm(calendar.createEvent({ ...common, id, start, end }));
    };

    if (item.schedule.cadence.kind === "after-last-held") {
      const listed = expandOccurrences(
        {
          itemId: item.itemId,
          schedule: item.schedule,
          exceptions: item.exceptions,
          added: item.added,
          pauses: plan.pauses,
          ...(item.lastHeldAt === undefined ? {} : { lastHeldAt: item.lastHeldAt }),
        },
        zone,
        {
          from: instantPlusDays(now, -listedWindowDays.before),
          to: instantPlusDays(now, listedWindowDays.after),
        },
      );
      for (const occurrence of listed.filter(isHappening)) {
        single(
          `${item.itemId}-${icsLocal(occurrence.key)}@painplan`,
          DateTime.fromISO(occurrence.start, { zone }),
          DateTime.fromISO(occurrence.end, { zone }),
        );
      }
      continue;
    }

    const paused = pausedKeys(item, plan.pauses, zone);
    const excluded = new Set(paused);
    for (const exception of item.exceptions) {
      if (exception.kind === "cancelled") excluded.add(exception.originalStart);
    }
    // A session whose wall time the clocks skip is at the time moved forward by the gap (RFC
    // 5545 §3.3.5, as plan-core places it); ical.js and others read it with the offset after the
    // change, an hour early. Such sessions within the horizon are excluded from the series and
    // listed on their own, so every calendar shows them at the same instant.
    const gapped = expandOccurrences(
      {
        itemId: item.itemId,
        schedule: item.schedule,
        exceptions: item.exceptions,
        added: [],
        pauses: plan.pauses,
      },
      zone,
      {
        from: instantPlusDays(now, -gapHorizonDays.before),
        to: instantPlusDays(now, gapHorizonDays.after),
      },
    ).filter(
      (occurrence) =>
        occurrence.status === "scheduled" && occurrence.localTime !== occurrence.key.slice(11),
    );
    for (const occurrence of gapped) excluded.add(occurrence.key);
    const start = wallTime(`${item.schedule.startDate}T${item.schedule.timeOfDay}`, zone);
    const exdates = [...excluded].sort().map(icsLocal);
    const rule = [
      `RRULE:${icsRuleBody(item.schedule, zone)}`,
      ...(exdates.length === 0 ? [] : [`EXDATE;TZID=${zone}:${exdates.join(",")}`]),
    ].join("\n");
    const master = calendar.createEvent({
      ...common,
      id: uid,
      start,
      end: start.plus({ minutes }),
      repeating: rule,
    });
    addAlarm(master);
    for (const exception of item.exceptions) {
      if (exception.kind !== "moved" || exception.movedTo === undefined) continue;
      if (excluded.has(exception.originalStart)) continue;
      const movedStart = wallTime(exception.movedTo, zone);
      const moved = calendar.createEvent({
        ...common,
        id: uid,
        recurrenceId: wallTime(exception.originalStart, zone),
        start: movedStart,
        end: movedStart.plus({ minutes }),
      });
      addAlarm(moved);
    }
    for (const occurrence of gapped) {
      single(
        `${item.itemId}-${icsLocal(occurrence.key)}@painplan`,
        DateTime.fromISO(occurrence.start, { zone }),
        DateTime.fromISO(occurrence.end, { zone }),
      );
    }
    for (const added of item.added) {
      if (paused.has(added.start)) continue;
      const addedStart = wallTime(added.start, zone);
      single(
        `${item.itemId}-${icsLocal(added.start)}@painplan`,
        addedStart,
        addedStart.plus({ minutes: added.durationMinutes }),
      );
    }
  }
  return calendar.toString();
}
