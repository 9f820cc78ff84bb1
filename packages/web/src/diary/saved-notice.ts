/** Navigation state that carries a calm confirmation to the next page. */
export type SavedNotice = { savedNotice: string };

export function savedNotice(message: string): SavedNotice {
  return { savedNotice: message };
}

export function savedNoticeOf(state: unknown): string | undefined {
  if (typeof state !== "object" || state === null || !("savedNotice" in state)) return undefined;
  return typeof state.savedNotice === "string" ? state.savedNotice : undefined;
}
