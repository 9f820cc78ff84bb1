import {
  addCalendarDays,
  goalProgress,
  localDayOf,
  type Goal,
  type GoalInputs,
  type GoalProgressResult,
} from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { startOfLocalDay } from "./local-day-window.js";
import { goalChecksRepository as goalChecks } from "./plan-goal-checks.repository.js";
import { planReadingsRepository as readings } from "./plan-readings.repository.js";
import type { Queryable } from "./plans.repository.js";

/** The baseline of a pain or PEG goal: the 7 local days before it starts (REFERENCE.md §2.5). */
const baselineDays = 7;

/**
 * Reads what core's `goalProgress` needs for one goal, in the owner's zone, from the window that
 * matters (the 7 baseline days before the start up to the target date):
 * - `pain`: the diary's pain ratings ("now" intensity, one per entry) by local day;
 * - `peg`: PEG questionnaire scores by local day;
 * - `sessionsHeld`: plan sessions marked held, by the local day they were held.
 * - `practiceMinutes`: minutes of the practice log by the local day each practice started;
 * - `functionChecks`: the goal's check-offs (`plan_goal_checks`, the amount done on an owner's
 *   local day), from its start to its target date.
 * `goalId` names the stored goal (check-offs belong to one goal).
 */
export async function gatherGoalInputs(
  db: Queryable,
  owner: RecordOwner,
  goalId: string,
  goal: Goal,
): Promise<GoalInputs> {
  const from = addCalendarDays(goal.startDate, -baselineDays);
  const to = goal.targetDate;
  switch (goal.kind) {
    case "pain-reduction": {
      const rows = await readings.painEntries(db, owner.userId, from, to);
      return {
        pain: rows.map((row) => ({ localDate: row.local_date, intensity: row.intensity_now })),
      };
    }
    case "peg": {
      const rows = await readings.pegScores(
        db,
        owner.userId,
        startOfLocalDay(from, owner.timeZone),
      );
      return {
        peg: rows.map((row) => ({
          localDate: localDayOf(new Date(row.authored_at).toISOString(), owner.timeZone),
          score: row.score,
        })),
      };
    }
    case "sessions-attended": {
      const rows = await readings.heldSessions(db, owner.userId);
      return {
        sessionsHeld: rows.map((row) => ({
          localDate:
            row.held_at === null
              ? (row.original_start.split("T")[0] ?? "")
              : localDayOf(new Date(row.held_at).toISOString(), owner.timeZone),
        })),
      };
    }
    case "practice-minutes":
      return { practiceMinutes: await readings.practiceMinutes(db, owner.userId, from, to) };
    case "function":
      return {
        functionChecks: await goalChecks.between(
          db,
          owner.userId,
          goalId,
          goal.startDate,
          goal.targetDate,
        ),
      };
  }
}

/** A goal's progress today (the owner's day), as the contract shows it (null for undefined). */
export async function goalProgressOf(
  db: Queryable,
  owner: RecordOwner,
  goalId: string,
  goal: Goal,
  now: Date,
): Promise<GoalProgressResult> {
  const today = localDayOf(now.toISOString(), owner.timeZone);
  const progress = goalProgress(goal, await gatherGoalInputs(db, owner, goalId, goal), today);
  return {
    status: progress.status,
    band: progress.band ?? null,
    points: progress.points ?? null,
    percent: progress.percent ?? null,
    baseline: progress.baseline ?? null,
    current: progress.current ?? null,
    evaluatedOn: progress.evaluatedOn,
  };
}
