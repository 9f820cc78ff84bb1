/**
 * Size limits of diary text, documented in the API contract. They keep a page of entries small
 * and an export readable; none of them is a clinical rule.
 */
export const diaryLimits = {
  /** Free notes of one pain entry. */
  notesMaxLength: 2000,
  /** The activity / function note of one pain entry. */
  activityNoteMaxLength: 500,
  /** One trigger or helper tag. */
  tagMaxLength: 40,
  /** Triggers (and, separately, helpers) on one pain entry. */
  tagsPerEntryMax: 20,
} as const;
