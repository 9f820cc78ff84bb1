import {
  addCalendarDays,
  formatCalendarDate,
  instantOfWallTime,
  previousCalendarDate,
  redFlagIds,
  safetyQuestionIds,
  weekdayOf,
  type CreatePainEntryRequest,
  type CreatePlanItemRequest,
  type CreatePlanRequest,
  type CreateGoalRequest,
  type LogPracticeRequest,
  type PainProfileRequest,
  type PainQualityId,
  type SaveSafetyIntakeRequest,
  type SubmitQuestionnaireResponseRequest,
} from "@painplan/core";

/**
 * Six months of clearly made-up data for the demo patient: a pain profile with a body map, a
 * diary with good and bad weeks, weekly PEG check-ins, monthly mood screens, a finished
 * safety intake, a treatment plan made twelve weeks before the end (massage every two weeks, a
 * daily body scan, two goals) and short breathing practices that grow from 3 minutes. The same seed always gives the same data (a small seeded generator, no
 * Math.random), so a demo can be described and tested. Every value is a request body the API
 * takes; `seedDemoData` sends them through the app's own routes.
 */
export type DemoData = {
  profile: PainProfileRequest;
  safetyIntake: SaveSafetyIntakeRequest;
  /** One per day, oldest first; a day may have no entries (a rest from logging). */
  days: DemoDay[];
  /** The treatment plan, made on `plan.day` (a local day among `days`). */
  plan: DemoPlan;
};

/** A plan as the person would build it: the plan, its items (in order) and its goals. */
export type DemoPlan = {
  day: string;
  plan: CreatePlanRequest;
  items: Omit<CreatePlanItemRequest, "expectedVersion">[];
  goals: CreateGoalRequest[];
};

export type DemoDay = {
  /** The person's local day, "YYYY-MM-DD". */
  date: string;
  /** An instant late that evening (21:30 local) when the day's records are sent. */
  sendAt: string;
  entries: CreatePainEntryRequest[];
  questionnaires: SubmitQuestionnaireResponseRequest[];
  /** Practices done that day (paced breathing, from the practice area). */
  practices: LogPracticeRequest[];
};

export type DemoOptions = {
  seed: number;
  /** The last day of data, the person's local "YYYY-MM-DD" (usually today). */
  today: string;
  timeZone: string;
  /** How many days of diary, 180 by default (about six months). */
  days?: number;
};

/** mulberry32: a tiny, well-known 32-bit generator; fine for made-up data, never for secrets. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version-4-shaped UUID from the generator, so idempotency keys repeat with the seed. */
function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = "4";
  hex[16] = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  const text = hex.join("");
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

const clampScore = (value: number) => Math.max(0, Math.min(10, Math.round(value)));
const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

const feet = ["left-sole", "right-sole", "left-toes", "right-toes"] as const;
const hands = ["left-fingers", "right-fingers"] as const;
const worseWith = ["cold weather", "standing a long time", "poor sleep", "tight shoes", "stress"];
const helpedBy = ["warm socks", "a short walk", "rest", "paced breathing", "a warm (not hot) bath"];
const activities = [
  "Walked 20 minutes to the shop.",
  "Gardened for half an hour, sitting down.",
  "Did the chair yoga routine.",
  "Cooked dinner standing, with a break.",
  "Rested most of the day.",
  "Swam slowly for 15 minutes.",
];

/** Days back from `today`, oldest first. */
function calendar(today: string, count: number): string[] {
  const days = [today];
  while (days.length < count) days.unshift(previousCalendarDate(days[0] ?? today));
  return days;
}

/**
 * The made-up story: pain about 5/10 easing to about 4 over the months, a bad week about every
 * six weeks (6–8/10, hands too, poor sleep), and ordinary noise. About one day in eight has no
 * entry, which the app treats as a rest day, never as a failure.
 */
export function demoData(options: DemoOptions): DemoData {
  const random = seededRandom(options.seed);
  const dates = calendar(options.today, options.days ?? 180);
  const badWeekStarts = new Set(
    [20, 62, 104, 146].map((start) => start + Math.floor(random() * 7)),
  );
  let badDaysLeft = 0;
  let practiceMinutes = 3;
  const days = dates.map((date, index): DemoDay => {
    if (badWeekStarts.has(index)) badDaysLeft = 7;
    const isBad = badDaysLeft > 0;
    if (badDaysLeft > 0) badDaysLeft -= 1;
    const trend = 5 - index / dates.length;
    const level = trend + (isBad ? 2.2 : 0) + (random() - 0.5) * 2;
    const at = (wallTime: string) =>
      instantOfWallTime(`${date}T${wallTime}`, options.timeZone) ?? "";
    const qualities: PainQualityId[] = isBad
      ? ["burning", "tingling", "shooting"]
      : ["burning", "tingling"];
    const regions = [...feet, ...(isBad ? hands : [])].map((regionId) => ({
      regionId,
      intensity: clampScore(level + (regionId.endsWith("sole") ? 0 : -1)),
      qualities,
    }));
    const entries: CreatePainEntryRequest[] = [];
    if (random() > 0.12) {
      const minute = String(Math.floor(random() * 50) + 5).padStart(2, "0");
      entries.push({
        idempotencyKey: seededUuid(random),
        recordedAt: at(`08:${minute}`),
        intensityNow: clampScore(level),
        averageIntensity: clampScore(level - 0.5),
        worstIntensity: clampScore(level + 1.5),
        sleepInterference: clampScore(isBad ? level : level - 2),
        mood: clampScore(isBad ? 4 : 6 + random() * 2),
        regions,
        activityNote: isBad ? "A hard day; took it slowly." : pick(random, activities),
        triggers: isBad
          ? [pick(random, worseWith)]
          : random() > 0.7
            ? [pick(random, worseWith)]
            : [],
        helpers: random() > 0.4 ? [pick(random, helpedBy)] : [],
        notes: index === 0 ? "Made-up demo data: this person does not exist." : "",
      });
    }
    if (isBad && random() > 0.5) {
      entries.push({
        idempotencyKey: seededUuid(random),
        recordedAt: at("20:15"),
        intensityNow: clampScore(level + 0.5),
        regions,
        notes: "Evening: feet burning more after being on them.",
      });
    }
    const questionnaires: SubmitQuestionnaireResponseRequest[] = [];
    if (index % 7 === 3) {
      questionnaires.push({
        instrumentId: "peg",
        idempotencyKey: seededUuid(random),
        answers: {
          pain: clampScore(level),
          enjoyment: clampScore(level - 1 + random()),
          activity: clampScore(level - 0.5 + random()),
        },
      });
    }
    if (index % 28 === 5) {
      questionnaires.push(
        {
          instrumentId: "phq-2",
          idempotencyKey: seededUuid(random),
          answers: { interest: isBad ? 1 : 0, mood: random() > 0.5 ? 1 : 0 },
        },
        {
          instrumentId: "gad-2",
          idempotencyKey: seededUuid(random),
          answers: { nervous: 1, worry: isBad ? 1 : 0 },
        },
      );
    }
    const practices: LogPracticeRequest[] = [];
    // Breathing on most days from the second month, a little longer after easy ones, shorter on bad days.
    if (index >= 30 && random() > 0.35) {
      const minutes = isBad ? Math.max(1, practiceMinutes - 2) : practiceMinutes;
      const startedAt = at("07:40");
      practices.push({
        kind: "paced-breathing",
        practiceId: "paced-breathing",
        secondsDone: minutes * 60,
        startedAt,
        endedAt: new Date(Date.parse(startedAt) + minutes * 60_000).toISOString(),
        painBefore: clampScore(level),
        painAfter: clampScore(level - (random() > 0.4 ? 1 : 0)),
        effort: isBad ? "hard" : "easy",
        isFlareDay: isBad,
        idempotencyKey: seededUuid(random),
      });
      if (!isBad && practiceMinutes < 10 && random() > 0.6) practiceMinutes += 1;
    }
    return { date, sendAt: at("21:30"), entries, questionnaires, practices };
  });
  const planDay = dates[Math.max(0, dates.length - 84)] ?? options.today;
  return {
    profile: demoProfile(dates[0] ?? options.today),
    safetyIntake: demoIntake(),
    days,
    plan: demoPlan(planDay, random),
  };
}

/**
 * Swedish massage every two weeks with light pressure, a daily body scan, two goals; the plan
 * and each goal under its own seeded key, as the app would send them.
 */
function demoPlan(day: string, random: () => number): DemoPlan {
  const reviewDate = addCalendarDays(day, 84);
  return {
    day,
    plan: {
      idempotencyKey: seededUuid(random),
      title: "My plan for burning feet",
      startDate: day,
      reviewDate,
      madeWith: "Dr. Rivera (made up), my GP",
      reason: "First plan after the diabetes review",
      proposedBy: "me",
    },
    items: [
      {
        therapyId: "swedish-massage",
        practitioner: "Sam Okafor, LMT (made up)",
        schedule: {
          cadence: { kind: "weekly", interval: 2, days: [weekdayOf(day)] },
          startDate: day,
          timeOfDay: "10:00",
          durationMinutes: 60,
          end: { kind: "never" },
        },
        pressure: "light",
        notes: "Light pressure; no heat on the feet.",
        proposedBy: "Dr. Rivera",
      },
      {
        therapyId: "body-scan",
        schedule: {
          cadence: { kind: "daily", interval: 1 },
          startDate: day,
          timeOfDay: "21:00",
          durationMinutes: 5,
          end: { kind: "never" },
        },
        proposedBy: "me",
      },
    ],
    goals: [
      {
        idempotencyKey: seededUuid(random),
        goal: { kind: "pain-reduction", startDate: day, targetDate: reviewDate, targetPercent: 30 },
      },
      {
        idempotencyKey: seededUuid(random),
        goal: {
          kind: "practice-minutes",
          startDate: day,
          targetDate: reviewDate,
          minutesPerWeek: 30,
        },
      },
    ],
  };
}

function demoProfile(firstDay: string): PainProfileRequest {
  return {
    causes: [{ cause: "diabetes-type-2", isDiagnosed: true, onsetYear: 2019 }],
    medications: [
      {
        name: "Duloxetine",
        dose: 60,
        unit: "mg",
        frequency: "once a day",
        startedOn: firstDay,
        stoppedOn: null,
      },
      {
        name: "Metformin",
        dose: 500,
        unit: "mg",
        frequency: "twice a day",
        startedOn: "2019-05-01",
        stoppedOn: null,
      },
    ],
    otherTreatments: [
      { name: "Physiotherapy", note: `Six sessions from ${formatCalendarDate(firstDay)}.` },
    ],
    regions: feet.map((regionId) => ({
      regionId,
      intensity: 5,
      qualities: ["burning", "tingling"],
    })),
  };
}

/** A finished intake: diabetes with numb soles and medicine that lowers blood sugar. */
function demoIntake(): SaveSafetyIntakeRequest {
  const answers: Record<string, unknown> = Object.fromEntries(
    safetyQuestionIds.map((id) => [id, "no"]),
  );
  answers["glucoseLoweringMedicine"] = "yes";
  answers["reducedSensationRegionIds"] = ["left-sole", "right-sole"];
  answers["redFlags"] = Object.fromEntries(redFlagIds.map((id) => [id, "no"]));
  return {
    status: "complete",
    answers: answers,
    preferences: { pressurePreference: "light", discomfortSignal: "I will say stop" },
  };
}
