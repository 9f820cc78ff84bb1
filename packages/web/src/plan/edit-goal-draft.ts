import type { Goal } from "@painplan/core";
import { blankGoal, type GoalDraft } from "./goal-draft";

/**
 * The goal form filled from a saved goal, to change it: its kind, dates and numbers as text
 * (the other kinds' fields keep the new-goal defaults; `goalOf` reads only the goal's own kind).
 */
export function goalDraftOf(goal: Goal): GoalDraft {
  const draft: GoalDraft = {
    ...blankGoal(goal.startDate),
    kind: goal.kind,
    targetDate: goal.targetDate,
  };
  switch (goal.kind) {
    case "pain-reduction":
      return { ...draft, targetPercent: String(goal.targetPercent) };
    case "peg":
      return { ...draft, targetScore: String(goal.targetScore) };
    case "function":
      return { ...draft, text: goal.text, target: String(goal.target), unit: goal.unit };
    case "practice-minutes":
      return { ...draft, minutesPerWeek: String(goal.minutesPerWeek) };
    case "sessions-attended":
      return { ...draft, sessions: String(goal.sessions) };
  }
}
