import type { Goal, GoalProgressResult } from "@painplan/core";

/** Each status in gentle words: a goal not reached is information, never a failure. */
export const goalStatusWords: Readonly<Record<GoalProgressResult["status"], string>> = {
  "not-started": "Not started yet",
  "on-track": "Under way",
  achieved: "Reached",
  missed: "Not reached by the date: worth talking over with your provider",
};

/** IMMPACT's bands (REFERENCE.md §2.1, §2.5) in words, with the band's name kept visible. */
const bandWords: Readonly<Record<NonNullable<GoalProgressResult["band"]>, string>> = {
  substantial: "a large change (IMMPACT “substantial”: 50 % or more)",
  moderate: "a change most people notice (IMMPACT “moderate”: 30 % or more)",
  minimal: "a small change (IMMPACT “minimal”: 10 % or more)",
  none: "little change so far (under 10 %)",
  worsening: "higher than at the start",
};

function rounded(value: number): string {
  return `${Math.round(value * 10) / 10}`;
}

function changeWords(progress: GoalProgressResult, scale: string): string[] {
  const { baseline, current, points, percent, band } = progress;
  if (baseline === null)
    return [`No starting point yet: it comes from the 7 days before the start.`];
  const lines = [
    `${scale}: ${rounded(baseline)} at the start${current === null ? "" : `, ${rounded(current)} now`}`,
  ];
  if (points !== null) {
    const direction = points >= 0 ? "lower" : "higher";
    const percentText = percent === null ? "" : ` (${rounded(Math.abs(percent))} %)`;
    const amount = rounded(Math.abs(points));
    lines.push(`${amount} ${amount === "1" ? "point" : "points"} ${direction}${percentText}`);
  }
  if (percent === null && baseline === 0) lines.push("No percentage: the starting point is 0.");
  if (band !== null) lines.push(`That is ${bandWords[band]}.`);
  return lines;
}

/**
 * The numbers behind a goal's status, in words: for pain and PEG the change from the starting
 * point in raw points beside the percentage (REFERENCE.md §2.2: show both) with the IMMPACT
 * band; for the others the amount reached of the target.
 */
export function goalProgressWords(goal: Goal, progress: GoalProgressResult): string[] {
  switch (goal.kind) {
    case "pain-reduction":
      return changeWords(progress, "Average pain (0–10)");
    case "peg":
      return changeWords(progress, "PEG score (0–10)");
    case "function":
      return reached(progress, goal.target, goal.unit);
    case "practice-minutes":
      return reached(progress, goal.minutesPerWeek, "minutes this week");
    case "sessions-attended":
      return reached(progress, goal.sessions, "sessions");
  }
}

function reached(progress: GoalProgressResult, target: number, unit: string): string[] {
  if (progress.points === null) return [];
  const percent = progress.percent === null ? "" : ` (${rounded(progress.percent)} %)`;
  return [`${rounded(progress.points)} of ${target} ${unit}${percent}`];
}
