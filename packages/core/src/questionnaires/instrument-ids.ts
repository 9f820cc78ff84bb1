/**
 * The validated questionnaires PainPlan knows. Ids are stored with every response and setting:
 * never rename one; add a new id instead.
 *
 * "free" instruments ship with their full text (written in our words where the licence allows);
 * "licensed" ones ship only their scoring: an admin installs the licensed item text per instance.
 */
export const freeInstrumentIds = ["peg", "pgic", "phq-2", "phq-9", "gad-2"] as const;
export const licensedInstrumentIds = ["dn4", "s-lanss", "id-pain"] as const;
export const instrumentIds = [...freeInstrumentIds, ...licensedInstrumentIds] as const;

export type FreeInstrumentId = (typeof freeInstrumentIds)[number];
export type LicensedInstrumentId = (typeof licensedInstrumentIds)[number];
export type InstrumentId = (typeof instrumentIds)[number];

export function isLicensedInstrument(id: InstrumentId): id is LicensedInstrumentId {
  return (licensedInstrumentIds as readonly string[]).includes(id);
}
