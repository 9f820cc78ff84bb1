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
  /** How far ahead of the server's clock a time may be, for devices whose clocks run fast. */
  clockSkewMinutes: 5,
  /** The earliest time a pain entry may have. */
  earliestRecordedAt: "1900-01-01T00:00:00.000Z",
} as const;
