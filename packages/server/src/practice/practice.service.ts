import {
  addCalendarDays,
  assessSafetyIntake,
  buildBodyScan,
  buildRoutine,
  checkRecordedAt,
  daysEndingOn,
  emptySafetyIntake,
  isPracticeLogRetryOf,
  kindOfPracticeId,
  localDayOf,
  measureConsistency,
  practiceIdOf,
  suggestToday,
  type BodyScanOptions,
  type Consistency,
  type FieldError,
  type LogPracticeFields,
  type Practice,
  type PracticeLogEntry,
  type PracticeSuggestion,
  type Routine,
  type RoutineMinutes,
  type WeeklyTarget,
  type WeeklyTargetRequest,
} from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { ApiError } from "../errors/api-error.js";
import type { PainProfileRepository } from "../profile/pain-profile.repository.js";
import type { SafetyIntakeRepository } from "../safety/safety-intake.repository.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import type { PracticeLogRepository } from "./practice-log.repository.js";
import {
  flareDatesOf,
  historyDates,
  minutesByDate,
  painReadingsFrom,
  practiceDaysOf,
} from "./practice-history.js";

/** Days a plan was paused, inclusive local days (`plan-pause-days.ts` reads the plan's pauses). */
export type PauseDays = (userId: string, fromDate: string, toDate: string) => Promise<Set<string>>;

export type PracticeDependencies = {
  log: PracticeLogRepository;
  profiles: Pick<PainProfileRepository, "find">;
  intakes: Pick<SafetyIntakeRepository, "current">;
  clock: Clock;
  ids: IdSource;
  pauseDays?: PauseDays;
};

/** The target shown until a person sets one: three minutes on five days ("start small"). */
export const startingWeeklyTarget: WeeklyTarget = {
  minutesPerWeek: 15,
  daysPerWeek: 5,
  updatedAt: null,
};

const keyReused = () =>
  new ApiError(
    "idempotency_key_reused",
    "This idempotency key was already used for a different practice. Send a new key for a new practice.",
    { fields: [{ path: "idempotencyKey", message: "Already used for a different practice." }] },
  );

const noPauses: PauseDays = () => Promise.resolve(new Set());

/** Field errors of a practice log request beyond its schema: clock, and kind against id. */
function logProblems(body: LogPracticeFields, now: Date): FieldError[] {
  const problems: FieldError[] = [];
  for (const field of ["startedAt", "endedAt"] as const) {
    const message = checkRecordedAt(body[field], now);
    if (message !== undefined) problems.push({ path: field, message });
  }
  if (kindOfPracticeId(body.practiceId) !== body.kind) {
    problems.push({ path: "practiceId", message: "This practice is not of the kind chosen." });
  }
  if (body.kind !== "yoga-routine" && (body.poseIds ?? []).length > 0) {
    problems.push({ path: "poseIds", message: "Only a yoga routine lists poses." });
  }
  const elapsedSeconds = (Date.parse(body.endedAt) - Date.parse(body.startedAt)) / 1000;
  if (body.secondsDone > elapsedSeconds + 60) {
    problems.push({
      path: "secondsDone",
      message: "The length done is longer than the time between start and end.",
    });
  }
  return problems;
}

/** Practice: suggestions, body scans, routines, the log, consistency and the weekly target. */
export function practiceService(deps: PracticeDependencies) {
  const pauseDays = deps.pauseDays ?? noPauses;
  const todayOf = (owner: RecordOwner) =>
    localDayOf(deps.clock.now().toISOString(), owner.timeZone);

  async function target(userId: string): Promise<WeeklyTarget> {
    return (await deps.log.target(userId)) ?? startingWeeklyTarget;
  }

  return {
    /** Today's suggestion in the owner's local day, from the last 60 days of practice and pain. */
    async suggestion(owner: RecordOwner): Promise<PracticeSuggestion> {
      const today = todayOf(owner);
      const dates = [...historyDates(today), today];
      const from = dates[0] ?? today;
      const entries = await deps.log.betweenDates(owner.userId, from, today);
      const pain = await deps.log.diaryPain(owner.userId, painReadingsFrom(from), today);
      const flares = flareDatesOf(dates, pain, entries);
      const past = practiceDaysOf(dates.slice(0, -1), entries, flares);
      const parts = suggestToday(past, {
        isFlareDay: flares.has(today),
        lastKind: entries.at(-1)?.kind ?? null,
      });
      return { date: today, ...parts, practiceId: practiceIdOf(parts.kind, parts.minutes) };
    },

    async bodyScan(owner: RecordOwner, options: BodyScanOptions): Promise<Practice> {
      const profile = await deps.profiles.find(owner.userId);
      return buildBodyScan(profile.regions, options);
    },

    /** A routine from the owner's current safety intake (none yet: everything unanswered). */
    async routine(owner: RecordOwner, minutes: RoutineMinutes): Promise<Routine> {
      const intake = (await deps.intakes.current(owner.userId)) ?? emptySafetyIntake;
      const assessment = assessSafetyIntake(intake);
      return buildRoutine({ answers: intake.answers, verdicts: assessment.therapies }, minutes);
    },

    /**
     * Records a practice; 400 with field errors (nothing written) for times or kinds that do not
     * fit. A retry under the same key returns the entry already saved; another practice under
     * it is 409 `idempotency_key_reused`.
     */
    async log(owner: RecordOwner, body: LogPracticeFields): Promise<PracticeLogEntry> {
      const now = deps.clock.now();
      const problems = logProblems(body, now);
      if (problems.length > 0) {
        throw new ApiError("validation_failed", "Some fields need attention.", {
          fields: problems,
        });
      }
      const inserted = await deps.log.insertOnce({
        id: deps.ids.newId(),
        user_id: owner.userId,
        idempotency_key: body.idempotencyKey,
        kind: body.kind,
        practice_id: body.practiceId,
        pose_ids: JSON.stringify(body.poseIds ?? []),
        seconds_done: body.secondsDone,
        started_at: body.startedAt,
        ended_at: body.endedAt,
        time_zone: owner.timeZone,
        local_date: localDayOf(body.startedAt, owner.timeZone),
        pain_before: body.painBefore ?? null,
        pain_after: body.painAfter ?? null,
        effort: body.effort ?? null,
        how_it_felt: body.howItFelt ?? "",
        is_flare_day:
          body.isFlareDay === undefined || body.isFlareDay === null
            ? null
            : Number(body.isFlareDay),
        created_at: now.toISOString(),
      });
      if (inserted !== undefined) return inserted;
      // The key was used: a retry gets the entry already saved, another practice a 409.
      const stored = await deps.log.byIdempotencyKey(owner.userId, body.idempotencyKey);
      if (stored === undefined || !isPracticeLogRetryOf(body, stored)) throw keyReused();
      return stored;
    },

    recent: (owner: RecordOwner, limit: number) => deps.log.recent(owner.userId, limit),

    /** Consistency over the last `days` local days, flare and pause days excused. */
    async consistency(owner: RecordOwner, days: number): Promise<Consistency> {
      const today = todayOf(owner);
      const dates = daysEndingOn(today, days);
      const from = dates[0] ?? today;
      const weekStart = addCalendarDays(today, -6);
      const earliest = from < weekStart ? from : weekStart;
      const entries = await deps.log.betweenDates(owner.userId, earliest, today);
      const pain = await deps.log.diaryPain(owner.userId, painReadingsFrom(earliest), today);
      const weeklyTarget = await target(owner.userId);
      const result = measureConsistency({
        today,
        days,
        minutesByDate: minutesByDate(entries),
        flareDates: flareDatesOf(dates, pain, entries),
        pauseDates: await pauseDays(owner.userId, from, today),
        targetDaysPerWeek: weeklyTarget.daysPerWeek,
      });
      return { ...result, weeklyTarget };
    },

    target: (owner: RecordOwner) => target(owner.userId),

    async setTarget(owner: RecordOwner, body: WeeklyTargetRequest): Promise<WeeklyTarget> {
      const now = deps.clock.now().toISOString();
      await deps.log.saveTarget(owner.userId, body, now);
      return { minutesPerWeek: body.minutesPerWeek, daysPerWeek: body.daysPerWeek, updatedAt: now };
    },
  };
}

export type PracticeService = ReturnType<typeof practiceService>;
