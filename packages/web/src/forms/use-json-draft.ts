import { useEffect, useState } from "react";

/** The same prefix as useTabDraft, so signing out discards these drafts too. */
const prefix = "painplan:draft:";

function readDraft<T>(key: string, parse: (stored: unknown) => T | undefined): T | undefined {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(prefix + key) ?? "null");
    return stored === null ? undefined : parse(stored);
  } catch {
    return undefined;
  }
}

/**
 * A form draft with nested values (lists of medications, body regions), kept in this tab's
 * session storage so a reload or a lost connection never loses what was entered. `parse`
 * checks what was stored (an older version of the app may have written something else).
 * `baseline` is used when there is no draft; `discard` forgets the draft after a save.
 */
export function useJsonDraft<T>(
  key: string,
  baseline: () => T,
  parse: (stored: unknown) => T | undefined,
) {
  const [state, setState] = useState(() => {
    const draft = readDraft(key, parse);
    return { value: draft ?? baseline(), hasDraft: draft !== undefined };
  });
  const serialized = JSON.stringify(state.value);

  useEffect(() => {
    if (!state.hasDraft) return;
    try {
      sessionStorage.setItem(prefix + key, serialized);
    } catch {
      // Storage can be full or disabled; the form still works, only the draft is not kept.
    }
  }, [key, serialized, state.hasDraft]);

  const setValue = (update: (previous: T) => T) => {
    setState((previous) => ({ value: update(previous.value), hasDraft: true }));
  };
  const discard = (next: T) => {
    try {
      sessionStorage.removeItem(prefix + key);
    } catch {
      // Nothing stored, nothing to remove.
    }
    setState({ value: next, hasDraft: false });
  };
  return { value: state.value, hasDraft: state.hasDraft, setValue, discard };
}
