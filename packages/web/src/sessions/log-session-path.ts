/** Where a planned occurrence is logged: the log form with the plan item's defaults. */
export function logSessionPath(occurrence: { itemId: string; key: string }): string {
  const query = new URLSearchParams({ itemId: occurrence.itemId, originalStart: occurrence.key });
  return `/sessions/log?${query.toString()}`;
}
