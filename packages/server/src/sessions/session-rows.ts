import {
  isLateAnswer,
  localMomentOf,
  regionPainSchema,
  sessionEnd,
  sessionTitle,
  sideEffectKinds,
  type FollowUp,
  type LogSession,
  type SessionCharge,
  type TherapyId,
  type TherapySession,
} from "@painplan/core";
import { z } from "zod";
import type { SessionFollowUpsTable, TherapySessionsTable } from "./sessions.tables.js";

const stringListSchema = z.array(z.string());
const sideEffectListSchema = z.array(z.enum(sideEffectKinds));
const regionPainListSchema = z.array(regionPainSchema);

/** An instant as the API shows it (PostgreSQL may hand back another ISO form). */
export const isoInstant = (value: string) => new Date(value).toISOString();

/** The stored row of a new session. */
export function newSessionRow(input: {
  id: string;
  ownerId: string;
  enteredBy: string;
  timeZone: string;
  body: LogSession;
  now: string;
}): TherapySessionsTable {
  const { body } = input;
  return {
    id: input.id,
    user_id: input.ownerId,
    entered_by: input.enteredBy,
    idempotency_key: body.idempotencyKey,
    ...timeColumns(body.startedAt, body.durationMinutes, input.timeZone),
    therapy_id: body.therapyId,
    custom_name: body.customName,
    plan_item_id: body.planItemId,
    occurrence_start: body.occurrenceStart,
    practitioner: body.practitioner,
    techniques: JSON.stringify(body.techniques),
    pressure: body.pressure,
    areas: JSON.stringify(body.areas),
    pain_before: body.painBefore,
    pain_after: body.painAfter,
    region_pain: body.regionPain === null ? null : JSON.stringify(body.regionPain),
    how_it_felt: body.howItFelt,
    side_effects: JSON.stringify(body.sideEffects),
    side_effect_note: body.sideEffectNote,
    safety_check_id: body.safetyCheckId,
    created_at: input.now,
    updated_at: input.now,
    deleted_at: null,
  };
}

/** Start, end, length and the local day, which change together. */
export function timeColumns(startedAt: string, durationMinutes: number, timeZone: string) {
  return {
    started_at: startedAt,
    ended_at: sessionEnd(startedAt, durationMinutes),
    duration_minutes: durationMinutes,
    time_zone: timeZone,
    local_date: localMomentOf(startedAt, timeZone).localDate,
  };
}

export function toFollowUp(row: SessionFollowUpsTable): FollowUp {
  const dueAt = isoInstant(row.due_at);
  const answer =
    row.answered_at === null || row.pain_now === null || row.compared_with_before === null
      ? null
      : {
          painNow: row.pain_now,
          comparedWithBefore: row.compared_with_before,
          note: row.note ?? "",
          answeredAt: isoInstant(row.answered_at),
          isLate: isLateAnswer(dueAt, isoInstant(row.answered_at)),
        };
  return { sessionId: row.session_id, dueAfter: row.due_after, dueAt, answer };
}

/** A stored session as the contract shows it; stored JSON is checked on the way out. */
export function toTherapySession(
  row: TherapySessionsTable,
  followUps: readonly SessionFollowUpsTable[],
  charge: SessionCharge | null,
): TherapySession {
  const startedAt = isoInstant(row.started_at);
  const therapyId = row.therapy_id as TherapyId | null;
  return {
    id: row.id,
    enteredBy: row.entered_by,
    startedAt,
    endedAt: isoInstant(row.ended_at),
    timeZone: row.time_zone,
    ...localMomentOf(startedAt, row.time_zone),
    durationMinutes: row.duration_minutes,
    therapyId,
    customName: row.custom_name,
    title: sessionTitle({ therapyId, customName: row.custom_name }),
    planItemId: row.plan_item_id,
    occurrenceStart: row.occurrence_start,
    practitioner: row.practitioner,
    techniques: stringListSchema.parse(JSON.parse(row.techniques)),
    pressure: row.pressure,
    areas: stringListSchema.parse(JSON.parse(row.areas)),
    painBefore: row.pain_before,
    painAfter: row.pain_after,
    regionPain:
      row.region_pain === null ? null : regionPainListSchema.parse(JSON.parse(row.region_pain)),
    howItFelt: row.how_it_felt,
    sideEffects: sideEffectListSchema.parse(JSON.parse(row.side_effects)),
    sideEffectNote: row.side_effect_note,
    safetyCheckId: row.safety_check_id,
    charge,
    followUps: followUps.filter((f) => f.session_id === row.id).map(toFollowUp),
    createdAt: isoInstant(row.created_at),
    updatedAt: isoInstant(row.updated_at),
  };
}
