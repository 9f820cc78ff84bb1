import { useJsonDraft } from "../forms/use-json-draft";
import type { SessionDraft } from "./session-draft";

/**
 * The session form's draft, kept across reloads under `key` (see `useJsonDraft`): `set` merges a
 * change, `discard` forgets the draft after a save, `idempotencyKeyFor` is the key to log it with.
 */
export function useSessionDraft(key: string, baseline: () => SessionDraft) {
  // A draft kept by an older version of the form lacks its newer fields: they start as new.
  const draft = useJsonDraft<SessionDraft>(key, baseline, (stored) =>
    typeof stored === "object" && stored !== null && "idempotencyKey" in stored
      ? { ...baseline(), ...(stored as Partial<SessionDraft>) }
      : undefined,
  );
  const set = (change: Partial<SessionDraft>) => {
    draft.setValue((previous) => ({ ...previous, ...change }));
  };
  return {
    value: draft.value,
    set,
    discard: draft.discard,
    idempotencyKeyFor: draft.idempotencyKeyFor,
  };
}
