import { therapyKinds, type TherapyKind } from "@painplan/core";

/**
 * Therapies grouped by kind, the kinds in the library's order and each group in the order it
 * was given (search results keep their order); kinds with nothing in them are left out.
 */
export function groupByKind<T extends { kind: TherapyKind }>(
  therapies: readonly T[],
): { kind: TherapyKind; therapies: T[] }[] {
  return therapyKinds
    .map((kind) => ({ kind, therapies: therapies.filter((therapy) => therapy.kind === kind) }))
    .filter((group) => group.therapies.length > 0);
}
