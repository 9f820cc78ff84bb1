import { type CsvCell, toCsv } from "../csv/csv.js";
import { spreadsheetSafeText } from "../diary/diary-csv.js";
import type { TherapySession } from "./sessions.schema.js";

/** Several values in one cell, as in the diary's CSV. */
const listSeparator = "; ";

export const sessionCsvColumns = [
  "session_id",
  "local_date",
  "local_time",
  "time_zone",
  "started_at_utc",
  "duration_minutes",
  "therapy",
  "therapy_id",
  "plan_item_id",
  "planned_start",
  "practitioner",
  "techniques",
  "pressure",
  "areas",
  "pain_before_0_10",
  "pain_after_0_10",
  "how_it_felt",
  "side_effects",
  "side_effect_note",
  "safety_check_id",
  "price_minor",
  "currency",
  "paid_by",
  "follow_up_24h_pain_0_10",
  "follow_up_24h_compared",
  "follow_up_48h_pain_0_10",
  "follow_up_48h_compared",
  "entered_by",
] as const;

function followUpCells(session: TherapySession, dueAfter: "24h" | "48h"): CsvCell[] {
  const answer = session.followUps.find((followUp) => followUp.dueAfter === dueAfter)?.answer;
  return [answer?.painNow ?? null, answer?.comparedWithBefore ?? null];
}

function sessionCells(session: TherapySession): CsvCell[] {
  const text = (value: string) => spreadsheetSafeText(value);
  return [
    session.id,
    session.localDate,
    session.localTime,
    session.timeZone,
    session.startedAt,
    session.durationMinutes,
    text(session.title),
    session.therapyId,
    session.planItemId,
    session.occurrenceStart,
    text(session.practitioner),
    text(session.techniques.join(listSeparator)),
    session.pressure,
    session.areas.join(listSeparator),
    session.painBefore,
    session.painAfter,
    text(session.howItFelt),
    session.sideEffects.join(listSeparator),
    text(session.sideEffectNote),
    session.safetyCheckId,
    session.charge?.price.amountMinor ?? null,
    session.charge?.price.currency ?? null,
    session.charge?.paidBy ?? null,
    ...followUpCells(session, "24h"),
    ...followUpCells(session, "48h"),
    session.enteredBy,
  ];
}

/**
 * The session log as CSV (RFC 4180 through `core/csv`, UTF-8 with a byte order mark, like the
 * diary's): one row per session, oldest first as given, local and UTC time, the price in minor
 * units with its currency (never converted), and both follow-up answers. Text a person typed is
 * made spreadsheet-safe (no formula injection).
 */
export function sessionsCsv(sessions: readonly TherapySession[]): string {
  return "\uFEFF" + toCsv([[...sessionCsvColumns], ...sessions.map(sessionCells)]);
}
