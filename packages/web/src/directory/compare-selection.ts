/** At most this many practitioners side by side: three columns still fit a phone held sideways. */
export const compareLimit = 3;

const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The practitioners picked for comparing, read from the address (`compare=id,id,id`): ids only,
 * each once, in the order picked, never more than `compareLimit` (a hand-edited address with more
 * keeps the first three).
 */
export function compareIdsFrom(value: string | null): string[] {
  if (value === null) return [];
  const ids: string[] = [];
  for (const part of value.split(",")) {
    const id = part.trim().toLowerCase();
    if (idPattern.test(id) && !ids.includes(id)) ids.push(id);
    if (ids.length === compareLimit) break;
  }
  return ids;
}

/** The address form of a selection; undefined when nothing is picked (the parameter is left out). */
export function compareParam(ids: readonly string[]): string | undefined {
  return ids.length === 0 ? undefined : ids.slice(0, compareLimit).join(",");
}

/**
 * Adds or removes one practitioner. Adding a fourth is refused (the selection is returned as it
 * was): the card says "compare is full" instead of silently dropping an earlier choice.
 */
export function toggleCompare(ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((existing) => existing !== id);
  if (ids.length >= compareLimit) return [...ids];
  return [...ids, id];
}

export function isCompareFull(ids: readonly string[]): boolean {
  return ids.length >= compareLimit;
}
