import { redFlagIds, therapyIds, yesNoAnswers } from "@painplan/core";
import { useEffect, useState } from "react";
import { z } from "zod";
import { initialCheckState, type CheckFormState } from "./check-form-state";

/** The drafts prefix, so signing out discards this one too. */
const keyFor = (userId: string) => `painplan:draft:pre-session-check:${userId}`;

const storedSchema = z.object({
  therapyId: z.enum(therapyIds).optional(),
  hasFever: z.enum(yesNoAnswers).optional(),
  hasNewWound: z.enum(yesNoAnswers).optional(),
  newWoundRegionIds: z.array(z.string()),
  bloodThinnersChanged: z.enum(yesNoAnswers).optional(),
  hasNewRedFlag: z.enum(["yes", "no"]).optional(),
  newRedFlagIds: z.array(z.enum(redFlagIds)),
});

function readStored(userId: string): CheckFormState | undefined {
  try {
    const parsed = storedSchema.safeParse(
      JSON.parse(sessionStorage.getItem(keyFor(userId)) ?? "null"),
    );
    return parsed.success ? { ...initialCheckState(null), ...parsed.data } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The check's answers survive a reload. The therapy in the address wins over a stored one:
 * it is the session the person just came from.
 */
export function useCheckDraft(userId: string, therapyParam: string | null) {
  const [state, setState] = useState<CheckFormState>(() => {
    const fromAddress = initialCheckState(therapyParam);
    const stored = readStored(userId);
    if (stored === undefined) return fromAddress;
    return fromAddress.therapyId === undefined
      ? stored
      : { ...stored, therapyId: fromAddress.therapyId };
  });
  const serialized = JSON.stringify(state);
  useEffect(() => {
    try {
      sessionStorage.setItem(keyFor(userId), serialized);
    } catch {
      // Storage full or disabled: the check still works.
    }
  }, [userId, serialized]);
  const discard = () => {
    try {
      sessionStorage.removeItem(keyFor(userId));
    } catch {
      // Nothing stored.
    }
  };
  return { state, setState, discard };
}
