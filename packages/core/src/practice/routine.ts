import { findPose, supportedVariantOf } from "./poses.js";
import {
  cautionInstructions,
  forbiddenMovements,
  needsSupport,
  verdictFor,
  type RoutineSafety,
} from "./routine-rules.js";
import { routineIdOf, type PoseId, type RoutineMinutes } from "./practice-ids.js";
import type { LeftOutPose, Pose, Routine, RoutinePose } from "./practice.schema.js";

/** The order poses are chosen in: the gentlest first, so a short routine is cat–cow and a fold. */
const priority: readonly PoseId[] = [
  "yoga-cat-cow",
  "yoga-seated-forward-fold",
  "yoga-mountain",
  "yoga-childs-pose",
  "yoga-seated-side-bend",
  "yoga-standing-forward-fold",
  "yoga-supine-twist",
  "yoga-warrior-two",
  "yoga-bridge",
  "yoga-legs-up-the-wall",
  "yoga-tree",
  "yoga-sphinx",
];

/** The order poses are done in: warm up, stand, come down to sit and lie, rest. */
const sequence: readonly PoseId[] = [
  "yoga-cat-cow",
  "yoga-mountain",
  "yoga-standing-forward-fold",
  "yoga-warrior-two",
  "yoga-tree",
  "yoga-seated-side-bend",
  "yoga-seated-forward-fold",
  "yoga-sphinx",
  "yoga-bridge",
  "yoga-supine-twist",
  "yoga-childs-pose",
  "yoga-legs-up-the-wall",
];

/** A pose is repeated at most this many rounds; past that a routine gets shorter instead. */
export const maxRoundsPerPose = 3;

/** Notes for every routine (REFERENCE §3.3). */
const everyRoutine = [
  "Practise on a non-slip surface. If your feet are numb, wear grippy socks or shoes and look at your feet afterwards.",
  "Move slowly between poses, and stop if anything brings sharp, shooting or spreading pain.",
];

type Candidate = { pose: Pose; variant: RoutinePose["variant"]; cautions: string[] };

function leftOutReason(
  pose: Pose,
  safety: RoutineSafety,
  isSupported: boolean,
): LeftOutPose | Candidate {
  const verdict = verdictFor(safety.verdicts, pose.id);
  // The reasons that set the level (the most severe ones), each once.
  const deciding = verdict.reasons.filter((reason) => reason.level === verdict.level);
  const reasonText = [...new Set(deciding.map((reason) => reason.text))].join(" ");
  if (verdict.level === "avoid") {
    return {
      poseId: pose.id,
      level: verdict.level,
      reason: reasonText || "Your safety answers rule it out.",
    };
  }
  if (verdict.level === "ask-provider-first") {
    return {
      poseId: pose.id,
      level: verdict.level,
      reason: `Ask your provider before doing this one. ${reasonText}`.trim(),
    };
  }
  const variant = isSupported ? supportedVariantOf(pose) : "standard";
  const movements = variant === "standard" ? pose.movements : pose.variantMovements;
  const forbidden = forbiddenMovements(safety.answers);
  if (movements.some((movement) => forbidden.has(movement))) {
    return {
      poseId: pose.id,
      level: verdict.level,
      reason: "It bends or twists the spine, which weak bones should not carry.",
    };
  }
  if (isSupported && movements.includes("standing-balance")) {
    return {
      poseId: pose.id,
      level: verdict.level,
      reason:
        "It is a balance pose, even at the wall; with balance that is not steady, leave it for now.",
    };
  }
  return {
    pose,
    variant,
    cautions: verdict.level === "caution" ? cautionInstructions(verdict) : [],
  };
}

/**
 * A yoga routine of about `minutes` (5, 10 or 15) for one person, assembled from their safety
 * intake (issue 15, REFERENCE §3.3, §7 G3 and G9):
 * - a pose whose verdict is avoid, or ask-provider-first (a routine runs unsupervised), is left
 *   out with the verdict's reason;
 * - a caution verdict's instructions are shown with the pose;
 * - poor balance or dizziness on standing: every pose in its chair or wall version, and balance
 *   poses left out;
 * - weak bones: no pose that loads the spine in flexion, side bending or rotation.
 * Poses are picked gentlest first, each for one round, then given extra rounds (at most
 * `maxRoundsPerPose`) until the time is used; the routine never runs over the time asked. When
 * fewer poses suit the person it is shorter and says why; it is never an error.
 */
export function buildRoutine(safety: RoutineSafety, minutes: RoutineMinutes): Routine {
  const isSupported = needsSupport(safety.answers);
  const leftOut: LeftOutPose[] = [];
  const candidates: Candidate[] = [];
  for (const poseId of priority) {
    const result = leftOutReason(findPose(poseId), safety, isSupported);
    if ("pose" in result) candidates.push(result);
    else leftOut.push(result);
  }
  const chosen = fillTime(candidates, minutes * 60);
  const totalSeconds = chosen.reduce((sum, item) => sum + item.holdSeconds * item.rounds, 0);
  return {
    id: routineIdOf(minutes),
    requestedMinutes: minutes,
    totalSeconds,
    poses: chosen.sort((a, b) => sequence.indexOf(a.poseId) - sequence.indexOf(b.poseId)),
    leftOut: leftOut.sort((a, b) => sequence.indexOf(a.poseId) - sequence.indexOf(b.poseId)),
    shorterReason: shorterReason(totalSeconds, minutes, candidates.length),
    notes: [
      ...(isSupported
        ? [
            "Chair and wall versions today, because of balance or dizziness on standing. Rise slowly and pause before you move on.",
          ]
        : []),
      ...everyRoutine,
    ],
  };
}

function fillTime(candidates: readonly Candidate[], seconds: number): RoutinePose[] {
  const chosen: RoutinePose[] = [];
  let used = 0;
  for (const { pose, variant, cautions } of candidates) {
    if (used + pose.holdSeconds > seconds) continue;
    chosen.push({ poseId: pose.id, variant, holdSeconds: pose.holdSeconds, rounds: 1, cautions });
    used += pose.holdSeconds;
  }
  let isGrowing = true;
  while (isGrowing) {
    isGrowing = false;
    for (const item of chosen) {
      if (item.rounds >= maxRoundsPerPose || used + item.holdSeconds > seconds) continue;
      item.rounds += 1;
      used += item.holdSeconds;
      isGrowing = true;
    }
  }
  return chosen;
}

/** A routine counts as shorter when it uses less than 90 % of the time asked. */
function shorterReason(
  totalSeconds: number,
  minutes: number,
  candidateCount: number,
): string | null {
  if (totalSeconds >= minutes * 60 * 0.9) return null;
  if (candidateCount === 0) {
    return "Your safety answers leave no yoga pose to suggest right now. Paced breathing or a body scan is a good alternative; your provider can tell you which movements are safe for you.";
  }
  const done = Math.max(1, Math.round(totalSeconds / 60));
  return `Fewer poses suit you right now, so this routine takes about ${done} minute${done === 1 ? "" : "s"} instead of ${minutes}. The poses left out say why.`;
}
