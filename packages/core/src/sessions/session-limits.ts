/** Limits of the session log (not clinical rules): lengths and counts. */
export const sessionLimits = {
  /** Eight hours: longer is a typo (REFERENCE §6: sessions are 15–120 minutes in practice). */
  durationMinutesMax: 480,
  customNameMaxLength: 120,
  practitionerMaxLength: 200,
  techniqueMaxLength: 60,
  techniquesMax: 20,
  howItFeltMaxLength: 2000,
  sideEffectNoteMaxLength: 200,
  followUpNoteMaxLength: 1000,
  regionPainMax: 40,
} as const;
