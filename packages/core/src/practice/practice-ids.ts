import { therapyIdsByKind } from "../therapies/therapy-ids.js";

/**
 * The kinds of daily practice (issue 15). Four guided practices and the yoga routine; stored
 * with every practice log entry, so never rename one.
 */
export const practiceKinds = [
  "body-scan",
  "progressive-relaxation",
  "guided-imagery",
  "paced-breathing",
  "yoga-routine",
] as const;
export type PracticeKind = (typeof practiceKinds)[number];

/** Guided practices (all kinds but the yoga routine). */
export type GuidedPracticeKind = Exclude<PracticeKind, "yoga-routine">;

/**
 * The id of each guided practice: the library's therapy id (core/therapies), so the library page
 * and the player speak of the same thing.
 */
export const guidedPracticeIds = {
  "body-scan": "body-scan",
  "progressive-relaxation": "progressive-muscle-relaxation",
  "guided-imagery": "guided-imagery",
  "paced-breathing": "paced-breathing",
} as const satisfies Record<GuidedPracticeKind, (typeof therapyIdsByKind.mindfulness)[number]>;
export type GuidedPracticeId = (typeof guidedPracticeIds)[GuidedPracticeKind];

/** Yoga routines by length: 5, 10 or 15 minutes. */
export const routineMinuteChoices = [5, 10, 15] as const;
export type RoutineMinutes = (typeof routineMinuteChoices)[number];

/** A routine's id names its length; its poses follow from the person's safety intake. */
export const routineIds = ["gentle-yoga-5", "gentle-yoga-10", "gentle-yoga-15"] as const;
export type RoutineId = (typeof routineIds)[number];

export function routineIdOf(minutes: RoutineMinutes): RoutineId {
  return `gentle-yoga-${minutes}`;
}

/** Every id a practice log entry may name: a guided practice or a routine. */
export const practiceIds = [...Object.values(guidedPracticeIds), ...routineIds] as const;
export type PracticeId = GuidedPracticeId | RoutineId;

/** The kind a practice id belongs to. */
export function kindOfPracticeId(id: PracticeId): PracticeKind {
  if ((routineIds as readonly string[]).includes(id)) return "yoga-routine";
  const entry = Object.entries(guidedPracticeIds).find(([, value]) => value === id);
  if (entry === undefined) throw new Error(`Unknown practice ${id}`);
  return entry[0] as GuidedPracticeKind;
}

/** Pose ids are the yoga therapy ids of the library (the safety rules key on them). */
export const poseIds = therapyIdsByKind.yoga;
export type PoseId = (typeof poseIds)[number];

/**
 * Movement tags of a pose: what the safety rules for yoga speak about. Loaded spinal flexion and
 * spinal rotation are what weak vertebrae break under (REFERENCE §7 G3); standing balance is
 * where a fall happens (§3.3); inversion puts the head below the heart (§3.3, §7 G9).
 */
export const movementTags = [
  "loaded-spinal-flexion",
  "spinal-rotation",
  "spinal-side-bend",
  "standing-balance",
  "standing",
  "inversion",
  "prone",
  "floor",
] as const;
export type MovementTag = (typeof movementTags)[number];

export const poseViews = ["front", "side"] as const;
export type PoseView = (typeof poseViews)[number];

export const poseVariantKinds = ["standard", "chair", "wall"] as const;
export type PoseVariantKind = (typeof poseVariantKinds)[number];

/** Limits of practice lengths (issue 15): guided practices 1–20 minutes, a log entry 1–60. */
export const practiceLimits = {
  guidedMinutesMin: 1,
  guidedMinutesMax: 20,
  loggedSecondsMin: 60,
  loggedSecondsMax: 60 * 60,
  howItFeltMaxLength: 500,
  weeklyMinutesMax: 7 * 60,
} as const;
