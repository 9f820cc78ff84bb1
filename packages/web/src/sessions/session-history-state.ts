/** What the history page is told by the page that sent a person there. */
export type SessionHistoryState = { loggedSessionId?: string; notice?: string };

/** Navigation state carrying a calm notice ("Your changes are saved.") to the history. */
export function sessionHistoryState(notice: string): SessionHistoryState {
  return { notice };
}

/** The history's state, read safely (a reload or an old link may carry anything). */
export function sessionHistoryStateOf(state: unknown): SessionHistoryState {
  if (typeof state !== "object" || state === null) return {};
  const { loggedSessionId, notice } = state as Record<string, unknown>;
  return {
    ...(typeof loggedSessionId === "string" ? { loggedSessionId } : {}),
    ...(typeof notice === "string" ? { notice } : {}),
  };
}
