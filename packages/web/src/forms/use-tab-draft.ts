import { useEffect, useState } from "react";

const prefix = "painplan:draft:";

function readDraft<T extends Record<string, string>>(key: string, baseline: T): T {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(prefix + key) ?? "null");
    if (typeof stored !== "object" || stored === null) return baseline;
    const draft: Record<string, string> = { ...baseline };
    for (const [field, value] of Object.entries(stored)) {
      if (field in baseline && typeof value === "string") draft[field] = value;
    }
    return draft as T;
  } catch {
    return baseline;
  }
}

function removeDraft(key: string): void {
  try {
    sessionStorage.removeItem(prefix + key);
  } catch {
    // Disabled storage holds no draft.
  }
}

function isSame(a: Record<string, string>, b: Record<string, string>): boolean {
  return Object.keys(a).every((key) => a[key] === b[key]);
}

/**
 * Form values that survive a reload (this tab only). For non-secret fields: passwords never go
 * here. Once the values match the baseline again (saved, or never changed) the draft is dropped.
 */
export function useTabDraft<T extends Record<string, string>>(key: string, baseline: T) {
  const [values, setValues] = useState<T>(() => readDraft(key, baseline));
  const hasChanges = !isSame(values, baseline);
  const serialized = JSON.stringify(values);

  useEffect(() => {
    try {
      if (hasChanges) sessionStorage.setItem(prefix + key, serialized);
      else removeDraft(key);
    } catch {
      // Storage can be full or disabled; the form still works, only the draft is not kept.
    }
  }, [key, serialized, hasChanges]);

  const setField = <K extends keyof T>(field: K, value: T[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
  };
  const discard = () => {
    removeDraft(key);
    setValues(baseline);
  };
  return { values, setField, hasChanges, discard };
}

/** On sign-out: a shared computer should not show the next person what was typed. */
export function discardAllDrafts(): void {
  try {
    const keys = Array.from({ length: sessionStorage.length }, (_, index) =>
      sessionStorage.key(index),
    );
    for (const key of keys) if (key?.startsWith(prefix) === true) sessionStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to discard.
  }
}
