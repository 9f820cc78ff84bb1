import type { BreathingPattern, PoseId } from "@painplan/core";

/**
 * One step as the player plays it: guided practice steps (core `PracticeStep`) fit as they are;
 * routine steps add the pose to draw.
 */
export type PlayableStep = {
  id: string;
  /** Shown (and spoken when guidance is on) for the whole step. */
  text: string;
  seconds: number;
  /** The pacer shows during this step. */
  breathing?: BreathingPattern | undefined;
  /** Routines: the pose to draw, and which version. */
  pose?: { poseId: PoseId; version: "full" | "supported" } | undefined;
  /** Extra lines shown under the text (a pose's cues and cautions). */
  notes?: readonly string[] | undefined;
  /** Body scan: the step approaches an area that hurts. */
  isGentle?: boolean | undefined;
};

/** "2:05", "0:45": minutes and seconds for the countdown. */
export function clockText(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** "2 minutes 5 seconds": the same in words, for screen readers. */
export function durationWords(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [
    minutes > 0 ? `${minutes} ${minutes === 1 ? "minute" : "minutes"}` : "",
    rest > 0 || minutes === 0 ? `${rest} ${rest === 1 ? "second" : "seconds"}` : "",
  ];
  return parts.filter(Boolean).join(" ");
}
