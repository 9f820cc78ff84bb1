import {
  addCalendarDays,
  adherenceReport,
  judgeOccurrence,
  occurrenceRef,
  type MissedOccurrence,
  type MissedParams,
  type MissedReasonRecord,
  type PlanAdherence,
  type PlanAdherenceQuery,
  type PlanOccurrence,
  type PlanPause,
  type SetMissedReasonRequest,
} from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { lockRecord } from "../database/record-lock.js";
import { ApiError, notFound } from "../errors/api-error.js";
import { localDaysWindow } from "./local-day-window.js";
import { expandItem, itemInputs } from "./plan-occurrences.js";
import type { PlanDependencies } from "./plan-dependencies.js";
import { missedReasonsRepository as reasons } from "./missed.repository.js";
import type { PlanMissedReasonsTable } from "./missed.tables.js";
import { plansRepository as plans, type Queryable } from "./plans.repository.js";

const iso = (instant: string | Date) => new Date(instant).toISOString();

/**
 * What the exceptions say beyond expansion: when each cancellation was decided, and which added
 * sessions were held (expansion shows an added session as "added" even when a held exception
 * has its key, as the sessions area may write), by `${itemId} ${originalStart}`.
 */
async function exceptionFacts(db: Queryable, itemIds: readonly string[]) {
  const rows = await plans.exceptionsOf(db, itemIds);
  const ref = (row: { item_id: string; original_start: string }) =>
    `${row.item_id} ${row.original_start}`;
  return {
    cancelledAt: new Map(
      rows.filter((row) => row.kind === "cancelled").map((row) => [ref(row), iso(row.updated_at)]),
    ),
    heldKeys: new Set(rows.filter((row) => row.kind === "held").map(ref)),
  };
}

/** An added session with a held exception is held. */
function withHeldAdded<T extends PlanOccurrence>(occurrence: T, heldKeys: ReadonlySet<string>): T {
  return occurrence.status === "added" && heldKeys.has(occurrenceRef(occurrence))
    ? { ...occurrence, status: "held" }
    : occurrence;
}

function toReason(row: PlanMissedReasonsTable): MissedReasonRecord {
  return {
    reason: row.reason,
    note: row.note,
    enteredAt: iso(row.entered_at),
    enteredBy: row.entered_by,
  };
}

function emptyReport(owner: RecordOwner, query: PlanAdherenceQuery, now: string): PlanAdherence {
  const report = adherenceReport({
    ...query,
    now,
    itemIds: [],
    occurrences: [],
    cancelledAt: new Map(),
    pauses: [],
  });
  return {
    timeZone: owner.timeZone,
    ...query,
    asOf: now,
    overall: report.overall,
    items: [],
    missed: [],
  };
}

/**
 * Adherence to the active plan and reasons for missed sessions. Whether a session is missed is
 * judged by core's rules (`judgeOccurrence`) at read time, from the plan as it is now: the
 * reasons are the only thing stored.
 */
export function planAdherenceService(deps: PlanDependencies) {
  const { db, writes, clock, ids } = deps;

  /** The item's occurrence with this key (series, moved or added), or undefined. */
  async function occurrenceOf(trx: Queryable, owner: RecordOwner, params: MissedParams) {
    await lockRecord(trx, `plan-item:${params.itemId}`);
    const plan = await plans.byId(trx, owner.userId, params.planId);
    const item = await plans.item(trx, owner.userId, params.planId, params.itemId);
    if (plan === undefined || item === undefined || plan.status !== "active") {
      throw notFound("This plan item");
    }
    const { inputs, pauses } = await itemInputs(trx, plan);
    const input = inputs.find((entry) => entry.itemId === item.id);
    if (input === undefined) throw notFound("This plan item");
    const movedTo = input.exceptions.find(
      (exception) => exception.originalStart === params.originalStart,
    )?.movedTo;
    // The local day of a wall time ("YYYY-MM-DDTHH:MM") is its date part.
    const days = [params.originalStart, movedTo ?? params.originalStart]
      .map((wallTime) => wallTime.split("T")[0] ?? "")
      .sort();
    const window = localDaysWindow(
      addCalendarDays(days[0] ?? "", -1),
      addCalendarDays(days[1] ?? "", 1),
      owner.timeZone,
    );
    const occurrence = expandItem(input, pauses, owner.timeZone, window, "originalStart").find(
      (each) => each.key === params.originalStart,
    );
    return { plan, occurrence, pauses };
  }

  async function judge(
    trx: Queryable,
    occurrence: PlanOccurrence | undefined,
    pauses: PlanPause[],
    now: string,
  ) {
    if (occurrence === undefined) return undefined;
    const { cancelledAt, heldKeys } = await exceptionFacts(trx, [occurrence.itemId]);
    return judgeOccurrence(withHeldAdded(occurrence, heldKeys), now, { cancelledAt, pauses });
  }

  return {
    async adherence(owner: RecordOwner, query: PlanAdherenceQuery): Promise<PlanAdherence> {
      const now = clock.now().toISOString();
      const plan = await plans.active(db, owner.userId);
      if (plan === undefined) return emptyReport(owner, query, now);
      const { inputs, pauses } = await itemInputs(db, plan);
      const window = localDaysWindow(query.from, query.to, owner.timeZone);
      const itemIds = inputs.map((input) => input.itemId);
      const { cancelledAt, heldKeys } = await exceptionFacts(db, itemIds);
      const occurrences = inputs
        .flatMap((input) => expandItem(input, pauses, owner.timeZone, window))
        .map((occurrence) => withHeldAdded(occurrence, heldKeys));
      const report = adherenceReport({ ...query, now, itemIds, occurrences, cancelledAt, pauses });
      const given = new Map(
        (await reasons.forItems(db, owner.userId, itemIds)).map((row) => [
          `${row.item_id} ${row.original_start}`,
          toReason(row),
        ]),
      );
      const byRef = new Map(
        occurrences.map((occurrence) => [occurrenceRef(occurrence), occurrence]),
      );
      const missed: MissedOccurrence[] = report.judged
        .filter((entry) => entry.outcome === "missed")
        .map(({ occurrence }) => {
          const ref = occurrenceRef(occurrence);
          const titled = byRef.get(ref);
          if (titled === undefined) throw new Error("A judged occurrence was not expanded.");
          return { ...titled, planId: plan.id, reason: given.get(ref) ?? null };
        })
        .reverse();
      return {
        timeZone: owner.timeZone,
        ...query,
        asOf: now,
        overall: report.overall,
        items: report.items.map((item, index) => ({
          ...item,
          title: inputs[index]?.title ?? "",
          therapyId: inputs[index]?.therapyId ?? null,
        })),
        missed,
      };
    },

    /** Records why a missed session did not happen; 409 when it is not missed. */
    async setReason(
      owner: RecordOwner,
      enteredBy: string,
      params: MissedParams,
      body: SetMissedReasonRequest,
    ): Promise<MissedOccurrence> {
      const now = clock.now().toISOString();
      return writes.run(async (trx) => {
        const { plan, occurrence, pauses } = await occurrenceOf(trx, owner, params);
        const outcome = await judge(trx, occurrence, pauses, now);
        if (occurrence === undefined || outcome === undefined) {
          throw notFound("A session of this item at that time");
        }
        if (outcome !== "missed") {
          throw new ApiError(
            "write_conflict",
            outcome === "upcoming"
              ? "This session has not happened yet, so it is not missed."
              : "This session is not missed (it was held, cancelled ahead of time or paused).",
          );
        }
        const row: PlanMissedReasonsTable = {
          id: ids.newId(),
          item_id: params.itemId,
          user_id: owner.userId,
          original_start: params.originalStart,
          reason: body.reason,
          note: body.note ?? "",
          entered_by: enteredBy,
          entered_at: now,
        };
        await reasons.upsert(trx, row);
        return { ...occurrence, planId: plan.id, reason: toReason(row) };
      });
    },

    /** Takes a reason back; 404 when none was given. */
    async clearReason(owner: RecordOwner, params: MissedParams): Promise<void> {
      await writes.run(async (trx) => {
        const plan = await plans.byId(trx, owner.userId, params.planId);
        const item = await plans.item(trx, owner.userId, params.planId, params.itemId);
        if (plan === undefined || item === undefined) throw notFound("This plan item");
        const removed = await reasons.remove(trx, owner.userId, item.id, params.originalStart);
        if (!removed) throw notFound("A reason for this session");
      });
    },
  };
}

export type PlanAdherenceService = ReturnType<typeof planAdherenceService>;
