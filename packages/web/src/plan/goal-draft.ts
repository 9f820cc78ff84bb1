import { addCalendarDays, type Goal, type GoalKind } from "@painplan/core";

/** The goal form while it is filled in; numbers as typed, read by `goalOf`. */
export type GoalDraft = {
  kind: GoalKind;
  startDate: string;
  targetDate: string;
  targetPercent: string;
  targetScore: string;
  text: string;
  target: string;
  unit: string;
  minutesPerWeek: string;
  sessions: string;
};

/**
 * A new goal starting today with a target 12 weeks on (issue 11's "average pain down 30 % in
 * 12 weeks"): 30 % is IMMPACT's "moderate" improvement (REFERENCE.md §2.1).
 */
export function blankGoal(today: string): GoalDraft {
  return {
    kind: "pain-reduction",
    startDate: today,
    targetDate: addCalendarDays(today, 84),
    targetPercent: "30",
    targetScore: "4",
    text: "",
    target: "20",
    unit: "minutes",
    minutesPerWeek: "60",
    sessions: "6",
  };
}

function numberOf(text: string): number {
  const trimmed = text.trim().replace(",", ".");
  return trimmed === "" || !/^\d+(\.\d+)?$/.test(trimmed) ? Number.NaN : Number(trimmed);
}

/** The goal the draft describes (core's schema judges the numbers). */
export function goalOf(draft: GoalDraft): Goal {
  const dates = { startDate: draft.startDate, targetDate: draft.targetDate };
  switch (draft.kind) {
    case "pain-reduction":
      return { kind: draft.kind, ...dates, targetPercent: numberOf(draft.targetPercent) };
    case "peg":
      return { kind: draft.kind, ...dates, targetScore: numberOf(draft.targetScore) };
    case "function":
      return {
        kind: draft.kind,
        ...dates,
        text: draft.text,
        target: numberOf(draft.target),
        unit: draft.unit,
      };
    case "practice-minutes":
      return { kind: draft.kind, ...dates, minutesPerWeek: numberOf(draft.minutesPerWeek) };
    case "sessions-attended":
      return { kind: draft.kind, ...dates, sessions: numberOf(draft.sessions) };
  }
}

/** A goal in one line of plain words, with its unit and date. */
export function goalWords(goal: Goal, dateWords: (localDate: string) => string): string {
  const by = `by ${dateWords(goal.targetDate)}`;
  switch (goal.kind) {
    case "pain-reduction":
      return `Average pain down ${goal.targetPercent} % from the week before ${dateWords(goal.startDate)}, ${by}`;
    case "peg":
      return `PEG score (pain and how it gets in the way, 0–10) at ${goal.targetScore} or lower ${by}`;
    case "function":
      return `${goal.text}: ${goal.target} ${goal.unit}, ${by}`;
    case "practice-minutes":
      return `Practise ${goal.minutesPerWeek} minutes a week until ${dateWords(goal.targetDate)}`;
    case "sessions-attended":
      return `${goal.sessions} sessions ${by}`;
  }
}
