import { safetyAnswersSchema, sheetPreferencesSchema, yesNoAnswers } from "@painplan/core";
import { useEffect, useState } from "react";
import { z } from "zod";
import type { IntakeDraft } from "./intake-draft";

/** The same prefix as the other drafts, so signing out discards this one too. */
const keyFor = (userId: string) => `painplan:draft:safety-intake:${userId}`;

const storedDraftSchema = z.object({
  answers: safetyAnswersSchema,
  preferences: sheetPreferencesSchema,
  reducedSensation: z.enum(yesNoAnswers).nullable(),
  contact: z.object({ name: z.string(), phone: z.string(), relationship: z.string() }),
});

function readStoredDraft(userId: string): IntakeDraft | undefined {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(keyFor(userId)) ?? "null");
    const parsed = storedDraftSchema.safeParse(stored);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The wizard's answers, kept in this tab's storage as they change, so a reload or a lost
 * connection between two saves loses nothing. A stored draft wins over the server's copy: it
 * holds what was chosen after the last save.
 */
export function useIntakeDraft(userId: string, fromServer: () => IntakeDraft) {
  const [draft, setDraft] = useState<IntakeDraft>(() => readStoredDraft(userId) ?? fromServer());
  const serialized = JSON.stringify(draft);

  useEffect(() => {
    try {
      sessionStorage.setItem(keyFor(userId), serialized);
    } catch {
      // Storage can be full or disabled; the answers are still saved at each step.
    }
  }, [userId, serialized]);

  const update = (change: (previous: IntakeDraft) => IntakeDraft) => {
    setDraft(change);
  };
  return { draft, update };
}

/** Once the intake is complete the server holds it all; nothing to keep in the tab. */
export function discardIntakeDraft(userId: string): void {
  try {
    sessionStorage.removeItem(keyFor(userId));
  } catch {
    // Nothing stored.
  }
}
