import {
  followUpOfferedForDays,
  instantPlusDays,
  localMomentOf,
  sessionExportFormat,
  sessionTitle,
  sessionsCsv,
  type DueFollowUps,
  type PageQuery,
  type SessionDefaults,
  type SessionExport,
  type SessionPage,
  type TherapyId,
  type TherapySession,
} from "@painplan/core";
import { z } from "zod";
import type { RecordOwner } from "../audit/reader.js";
import { keysetCursor } from "../database/keyset-cursor.js";
import { fieldError, notFound } from "../errors/api-error.js";
import { occurrenceByKey } from "../plan/occurrence-lookup.js";
import { plansRepository as plans } from "../plan/plans.repository.js";
import { toPlanItem } from "../plan/plan-records.js";
import { isoInstant, toTherapySession } from "./session-rows.js";
import type { SessionsDependencies } from "./sessions-dependencies.js";
import type { TherapySessionsTable } from "./sessions.tables.js";
import { therapySessionsRepository as sessions } from "./therapy-sessions.repository.js";

const cursor = keysetCursor(z.strictObject({ startedAt: z.iso.datetime(), id: z.string() }));

/** Reading the session log: one session, pages, the log form's defaults, Today's follow-ups, exports. */
export function sessionReads(deps: SessionsDependencies) {
  const { db, clock } = deps;

  /** Rows as the API shows them, with follow-ups and charges read in one query each. */
  async function withDetails(owner: RecordOwner, rows: readonly TherapySessionsTable[]) {
    const ids = rows.map((row) => row.id);
    const [followUps, charges] = await Promise.all([
      sessions.followUpsOf(db, owner.userId, ids),
      deps.charges.forSessions(owner.userId, ids),
    ]);
    return rows.map((row) => toTherapySession(row, followUps, charges.get(row.id) ?? null));
  }

  async function exported(owner: RecordOwner, range: { fromDate?: string; toDate?: string }) {
    return withDetails(owner, await sessions.forExport(db, owner.userId, range));
  }

  return {
    async get(owner: RecordOwner, sessionId: string): Promise<TherapySession> {
      const row = await sessions.byId(db, owner.userId, sessionId);
      if (row === undefined) throw notFound("This session");
      const [session] = await withDetails(owner, [row]);
      if (session === undefined) throw notFound("This session");
      return session;
    },

    async list(owner: RecordOwner, query: PageQuery): Promise<SessionPage> {
      const rows = await sessions.page(db, owner.userId, {
        limit: query.limit + 1,
        after: cursor.decode(query.cursor),
        ...(query.from === undefined ? {} : { from: new Date(query.from).toISOString() }),
        ...(query.to === undefined ? {} : { to: new Date(query.to).toISOString() }),
      });
      const page = cursor.page(rows, query.limit, (row) => ({
        startedAt: isoInstant(row.started_at),
        id: row.id,
      }));
      return { items: await withDetails(owner, page.items), nextCursor: page.nextCursor };
    },

    /** The log form's starting point for a planned occurrence of the owner's active plan. */
    async defaults(
      owner: RecordOwner,
      query: { itemId: string; originalStart: string },
    ): Promise<SessionDefaults> {
      const plan = await plans.active(db, owner.userId);
      const row =
        plan === undefined ? undefined : await plans.item(db, owner.userId, plan.id, query.itemId);
      if (row === undefined) throw notFound("This plan item");
      const item = toPlanItem(row);
      const [logged, lastCharge] = await Promise.all([
        sessions.byOccurrence(db, owner.userId, row.id, query.originalStart),
        sessions.lastChargeOfItem(db, owner.userId, row.id),
      ]);
      // Only a session the item's schedule has (moved, added or in the series) has defaults.
      const occurrence =
        plan === undefined
          ? undefined
          : await occurrenceByKey(db, plan, row.id, query.originalStart, owner.timeZone);
      if (occurrence === undefined)
        throw fieldError("originalStart", "No session of this item starts then.");
      const startedAt = occurrence.start;
      return {
        planItemId: row.id,
        occurrenceStart: query.originalStart,
        startedAt,
        durationMinutes: item.schedule.durationMinutes,
        therapyId: item.therapyId,
        customName: item.customName,
        title: item.title,
        practitioner: item.practitioner,
        pressure: item.pressure,
        areas: item.focusRegionIds,
        usualPrice:
          lastCharge === undefined
            ? null
            : { amountMinor: lastCharge.amount_minor, currency: lastCharge.currency },
        loggedSessionId: logged?.id ?? null,
      };
    },

    /** Unanswered follow-ups due now, from the last week, for Today. */
    async dueFollowUps(owner: RecordOwner): Promise<DueFollowUps> {
      const now = clock.now();
      const rows = await sessions.due(db, owner.userId, {
        since: instantPlusDays(now, -followUpOfferedForDays),
        now: now.toISOString(),
      });
      return {
        followUps: rows.map((row) => {
          const startedAt = isoInstant(row.started_at);
          return {
            sessionId: row.session_id,
            dueAfter: row.due_after,
            dueAt: isoInstant(row.due_at),
            answer: null,
            title: sessionTitle({
              therapyId: row.therapy_id as TherapyId | null,
              customName: row.custom_name,
            }),
            startedAt,
            localDate: localMomentOf(startedAt, owner.timeZone).localDate,
            painBefore: row.pain_before,
          };
        }),
      };
    },

    async exportCsv(owner: RecordOwner, range: { fromDate?: string; toDate?: string }) {
      return sessionsCsv(await exported(owner, range));
    },

    async exportJson(
      owner: RecordOwner,
      range: { fromDate?: string; toDate?: string },
    ): Promise<SessionExport> {
      return {
        format: sessionExportFormat,
        exportedAt: clock.now().toISOString(),
        timeZone: owner.timeZone,
        sessions: await exported(owner, range),
      };
    },
  };
}

export type SessionReads = ReturnType<typeof sessionReads>;
