import type { PlanPauseRecord } from "@painplan/core";

/**
 * The pause that matters today: one running now, else the next one to come; ended and
 * resumed pauses are history. Days are the person's local "YYYY-MM-DD".
 */
export function currentPause(
  pauses: readonly PlanPauseRecord[],
  today: string,
): { pause: PlanPauseRecord; isRunning: boolean } | undefined {
  const open = pauses.filter((pause) => pause.resumedAt === null && pause.until >= today);
  const running = open.find((pause) => pause.from <= today);
  if (running !== undefined) return { pause: running, isRunning: true };
  const next = [...open].sort((a, b) => a.from.localeCompare(b.from))[0];
  return next === undefined ? undefined : { pause: next, isRunning: false };
}
