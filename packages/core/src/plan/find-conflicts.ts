import type { Occurrence } from "./schedule.schema.js";

/** A candidate occurrence `a` that overlaps an existing occurrence `b`. */
export type Conflict = { a: Occurrence; b: Occurrence };

/** Sessions that will not take place and so cannot clash. */
function takesPlace(occurrence: Occurrence): boolean {
  return occurrence.status !== "cancelled" && occurrence.status !== "paused";
}

type Edge = { atMs: number; endMs: number; isCandidate: boolean; occurrence: Occurrence };

/**
 * Every pair of a candidate occurrence and an existing one whose times overlap (half-open:
 * a session ending at 11:00 does not clash with one starting at 11:00), over EVERY occurrence
 * of the candidate, not only the first few (issue 11). Cancelled and paused occurrences never
 * clash, nor two occurrences of the same item (the item being changed against its old version).
 * Sorted by the candidate's start, then the existing one's. Sort and sweep: O((n + m) log(n + m)
 * + k) for n candidates, m existing and k conflicts, while few sessions run at once.
 */
export function findConflicts(
  candidate: readonly Occurrence[],
  existing: readonly Occurrence[],
): Conflict[] {
  const edges: Edge[] = [];
  for (const [list, isCandidate] of [
    [candidate, true],
    [existing, false],
  ] as const) {
    for (const occurrence of list) {
      if (!takesPlace(occurrence)) continue;
      const atMs = Date.parse(occurrence.start);
      const endMs = Date.parse(occurrence.end);
      if (endMs > atMs) edges.push({ atMs, endMs, isCandidate, occurrence });
    }
  }
  edges.sort((first, second) => first.atMs - second.atMs);
  let activeCandidates: Edge[] = [];
  let activeExisting: Edge[] = [];
  const conflicts: { conflict: Conflict; aMs: number; bMs: number }[] = [];
  for (const edge of edges) {
    activeCandidates = activeCandidates.filter((active) => active.endMs > edge.atMs);
    activeExisting = activeExisting.filter((active) => active.endMs > edge.atMs);
    const others = edge.isCandidate ? activeExisting : activeCandidates;
    for (const other of others) {
      if (other.occurrence.itemId === edge.occurrence.itemId) continue;
      const [a, b] = edge.isCandidate ? [edge, other] : [other, edge];
      conflicts.push({ conflict: { a: a.occurrence, b: b.occurrence }, aMs: a.atMs, bMs: b.atMs });
    }
    (edge.isCandidate ? activeCandidates : activeExisting).push(edge);
  }
  return conflicts
    .sort((first, second) => first.aMs - second.aMs || first.bMs - second.bMs)
    .map(({ conflict }) => conflict);
}
