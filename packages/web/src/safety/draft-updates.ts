import type { RedFlagId, SafetyAnswers, SheetPreferences, YesNoAnswer } from "@painplan/core";
import type { IntakeDraft } from "./intake-draft";

/** A change to the draft, as the wizard's inputs make them. */
export type DraftChange = (previous: IntakeDraft) => IntakeDraft;

/** Blank text is "not given" rather than an invalid empty answer. */
function withoutBlank<T extends object>(record: T, field: keyof T, value: unknown): T {
  const next = { ...record, [field]: value };
  if (value === undefined || (typeof value === "string" && value.trim() === "")) {
    Reflect.deleteProperty(next, field);
  }
  return next;
}

export function setAnswer<K extends keyof SafetyAnswers>(
  field: K,
  value: SafetyAnswers[K],
): DraftChange {
  return (draft) => ({ ...draft, answers: withoutBlank(draft.answers, field, value) });
}

export function setRedFlag(id: RedFlagId, value: YesNoAnswer): DraftChange {
  return (draft) => ({
    ...draft,
    answers: { ...draft.answers, redFlags: { ...draft.answers.redFlags, [id]: value } },
  });
}

export function setPreference<K extends keyof SheetPreferences>(
  field: K,
  value: SheetPreferences[K],
): DraftChange {
  return (draft) => ({ ...draft, preferences: withoutBlank(draft.preferences, field, value) });
}

export function setReducedSensation(value: YesNoAnswer): DraftChange {
  return (draft) => ({ ...draft, reducedSensation: value });
}

export function setContact(field: keyof IntakeDraft["contact"], value: string): DraftChange {
  return (draft) => ({ ...draft, contact: { ...draft.contact, [field]: value } });
}
