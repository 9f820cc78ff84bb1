import { useJsonDraft } from "../forms/use-json-draft";
import type { ItemDraft } from "./item-draft";

/** Keys every draft must hold to be used; an older app version's draft is dropped instead. */
const draftKeys = Object.keys({
  therapyId: "",
  customName: "",
  practitioner: "",
  firstSession: "",
  cadence: "",
  minutes: "",
  end: "",
  pressure: "",
  focusAreas: "",
  avoidAreas: "",
  notes: "",
  reason: "",
  clearedBy: "",
} satisfies Record<keyof ItemDraft, string>);

/** Reads a stored draft: an object with every field, or nothing. */
export function parseItemDraft(stored: unknown): ItemDraft | undefined {
  if (typeof stored !== "object" || stored === null) return undefined;
  const isComplete = draftKeys.every((key) => key in stored);
  return isComplete ? (stored as ItemDraft) : undefined;
}

/**
 * The item form's draft ("new", or the id of the item being changed): survives a reload or a
 * lost connection in this tab.
 */
export function useItemDraft(key: string, baseline: ItemDraft) {
  return useJsonDraft(`plan-item:${key}`, () => baseline, parseItemDraft);
}
