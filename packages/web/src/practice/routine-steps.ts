import { findPose, type PoseId, type Routine, type RoutinePose } from "@painplan/core";
import type { PlayableStep } from "./playable-step";

/** A pose as the routine page and the player show it: its name, words and drawing version. */
export type RoutinePoseView = {
  poseId: RoutinePose["poseId"];
  name: string;
  /** "Chair version", "Wall version", or null for the usual pose. */
  versionLabel: string | null;
  /** How to do it: the supported version's description, or the pose's own summary. */
  instructions: string;
  cues: readonly string[];
  cautions: readonly string[];
  /** Seconds for all rounds together. */
  seconds: number;
  rounds: number;
  holdSeconds: number;
  drawing: "full" | "supported";
};

/** What to show for one pose of a routine (names, cues and each version's instructions come from core's pose library). */
export function routinePoseView(pose: RoutinePose): RoutinePoseView {
  const library = findPose(pose.poseId);
  const isSupported = pose.variant !== "standard";
  const variant = library.variants.find((candidate) => candidate.variant === pose.variant);
  return {
    poseId: pose.poseId,
    name: library.name,
    versionLabel: isSupported
      ? pose.variant === "chair"
        ? "Chair version"
        : "Wall version"
      : null,
    instructions: variant?.instructions ?? "",
    cues: library.cues,
    cautions: pose.cautions,
    seconds: pose.holdSeconds * pose.rounds,
    rounds: pose.rounds,
    holdSeconds: pose.holdSeconds,
    drawing: isSupported ? "supported" : "full",
  };
}

/**
 * The player's steps for a routine: one step per pose (its version and instructions as the text,
 * two cues and the cautions as notes), lasting all its rounds. Empty when the routine
 * has no pose (everything was ruled out): the page then says why instead of playing.
 */
export function routineSteps(routine: Routine): PlayableStep[] {
  return routine.poses.map((pose, index) => {
    const view = routinePoseView(pose);
    const name =
      view.versionLabel === null ? view.name : `${view.name}, ${view.versionLabel.toLowerCase()}`;
    const rounds = view.rounds > 1 ? ` ${view.rounds} rounds.` : "";
    return {
      id: `${index}-${pose.poseId}`,
      text: [`${name}.${rounds}`, view.instructions].filter(Boolean).join(" "),
      seconds: view.seconds,
      pose: { poseId: pose.poseId, version: view.drawing },
      notes: [...view.cues.slice(0, 2), ...view.cautions],
    };
  });
}

/** Routines: the poses begun within `secondsDone` (one step per pose), each once. */
export function posesReached(
  poseIds: readonly string[],
  steps: readonly PlayableStep[],
  secondsDone: number,
): PoseId[] {
  const reached: string[] = [];
  let start = 0;
  for (const [index, step] of steps.entries()) {
    if (start >= secondsDone) break;
    const poseId = poseIds[index];
    if (poseId !== undefined && !reached.includes(poseId)) reached.push(poseId);
    start += step.seconds;
  }
  return reached as PoseId[];
}
