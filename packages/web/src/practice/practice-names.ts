import {
  guidedPracticeIds,
  guidedPracticeList,
  practiceIds,
  routineIds,
  scriptedPracticeIds,
  type PracticeId,
  type RoutineId,
  type RoutineMinutes,
  type ScriptedPracticeId,
} from "@painplan/core";

/** Lengths offered in the library, in minutes ("start small": 1 to 20). */
export const libraryMinutes = [1, 3, 5, 10, 15, 20] as const;

export function isPracticeId(value: string | undefined): value is PracticeId {
  return (practiceIds as readonly string[]).includes(value ?? "");
}

export function isRoutineId(id: PracticeId): id is RoutineId {
  return (routineIds as readonly string[]).includes(id);
}

export function isScriptedPracticeId(id: PracticeId): id is ScriptedPracticeId {
  return (scriptedPracticeIds as readonly string[]).includes(id);
}

/** A routine's length from its id (`gentle-yoga-10` → 10). */
export function routineMinutesOf(id: RoutineId): RoutineMinutes {
  return Number(id.slice("gentle-yoga-".length)) as RoutineMinutes;
}

/** The name a person sees for a practice: "Paced breathing", "Gentle yoga (10 minutes)". */
export function practiceName(id: PracticeId): string {
  if (isRoutineId(id)) return `Gentle yoga (${routineMinutesOf(id)} minutes)`;
  return guidedPracticeList.find((practice) => practice.id === id)?.title ?? id;
}

/** One line about a practice, for the library (core's `guidedPracticeList`). */
export function practiceSummary(id: PracticeId): string {
  if (isRoutineId(id)) return "Gentle poses chosen from your safety answers.";
  return guidedPracticeList.find((practice) => practice.id === id)?.summary ?? "";
}

/** The guided practices of the library, in the order shown. */
export const guidedLibrary: readonly PracticeId[] = [
  guidedPracticeIds["paced-breathing"],
  guidedPracticeIds["body-scan"],
  guidedPracticeIds["progressive-relaxation"],
  guidedPracticeIds["guided-imagery"],
];

/** The player's address for a practice and length. */
export function playPath(id: PracticeId, minutes: number): string {
  return isRoutineId(id) ? `/practice/play/${id}` : `/practice/play/${id}?minutes=${minutes}`;
}
