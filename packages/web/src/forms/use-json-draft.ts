import { useEffect, useRef, useState } from "react";
import { forgetAttempt, nextStoredAttempt, type SendAttempt } from "./send-attempt";

/** The same prefix as useTabDraft, so signing out discards these drafts too. */
const prefix = "painplan:draft:";

/** Where a draft's idempotency key is kept: beside the draft, under the same prefix. */
const attemptKeyOf = (key: string) => `${prefix}${key}:send`;

const newKey = () => crypto.randomUUID();

/** Session storage, or undefined where reading it throws (disabled by the browser). */
function tabStorage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

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
 *
 * `idempotencyKeyFor(fields)` is the key to create a record with: kept with the draft, so the
 * same fields sent again (after an error, a lost answer or a reload) are a retry the server
 * recognises, and new when the fields changed; `discard` (after a success) starts a new one.
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
  // This page's attempt, for when storage cannot keep it.
  const attempt = useRef<SendAttempt | undefined>(undefined);
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
  const idempotencyKeyFor = (fields: unknown): string => {
    attempt.current = nextStoredAttempt(
      tabStorage(),
      attemptKeyOf(key),
      attempt.current,
      fields,
      newKey,
    );
    return attempt.current.key;
  };
  const discard = (next: T) => {
    try {
      sessionStorage.removeItem(prefix + key);
    } catch {
      // Nothing stored, nothing to remove.
    }
    forgetAttempt(tabStorage(), attemptKeyOf(key));
    attempt.current = undefined;
    setState({ value: next, hasDraft: false });
  };
  return { value: state.value, hasDraft: state.hasDraft, setValue, discard, idempotencyKeyFor };
}
