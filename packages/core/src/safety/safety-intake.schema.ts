import { z } from "zod";
import { bodyRegionIds, isBodyRegionId } from "../body-map/body-regions.js";
import { redFlagIds } from "./red-flags.js";
import { yesNoAnswers } from "./safety-answer.js";
import { personText } from "../text/text.schema.js";
import { calendarDateSchema } from "../time/time.schema.js";

/** A yes/no/not-sure answer; `null` or absent = not answered (never read as "no"). */
const answer = z.enum(yesNoAnswers).nullable().optional();

export const bodyRegionIdSchema = z
  .string()
  .max(40)
  .refine(isBodyRegionId, { error: "Choose an area from the body map." });

/** A set of body-map areas: no repeats. */
export const regionIdListSchema = z
  .array(bodyRegionIdSchema)
  .max(bodyRegionIds.length)
  .refine((ids) => new Set(ids).size === ids.length, { error: "An area is listed twice." });

const shortText = (maxLength: number, label: string) =>
  personText({ maxLength, label, minLength: 1, isTrimmed: true });

export const bodySideChoices = ["left", "right", "both"] as const;
export const limbChoices = ["arm", "leg", "both"] as const;
export const implantedDeviceKinds = [
  "pacemaker",
  "defibrillator",
  "medicine-pump",
  "nerve-stimulator",
  "other",
] as const;
export type ImplantedDeviceKind = (typeof implantedDeviceKinds)[number];

/**
 * The safety intake's answers. Every field may be missing: an intake can be saved half-way.
 * Consistency (no details for a "no", dates not in the future, everything answered on a
 * complete intake) is checked by `checkSafetyIntake` in core/safety, which needs "now".
 */
export const safetyAnswersSchema = z.strictObject({
  bloodThinners: answer,
  bloodThinnerNames: shortText(200, "The names")
    .optional()
    .describe("Names of blood thinners, for the sheet."),
  bleedingDisorder: answer,
  lowPlatelets: answer,
  bloodClot: answer,
  bloodClotRegionIds: regionIdListSchema.optional(),
  diabetesFootProblems: answer,
  reducedSensationRegionIds: regionIdListSchema
    .nullable()
    .optional()
    .describe("Areas with reduced feeling; [] = nowhere, null/absent = not answered."),
  recentSurgery: answer,
  recentSurgeryRegionIds: regionIdListSchema.optional(),
  recentSurgeryDate: calendarDateSchema.optional(),
  fragileSkin: answer,
  lymphoedema: answer,
  lymphoedemaSide: z.enum(bodySideChoices).optional(),
  lymphoedemaLimb: z.enum(limbChoices).optional(),
  chemotherapyNow: answer,
  chemotherapyPortRegionIds: regionIdListSchema.optional(),
  lowBloodCounts: answer,
  multipleSclerosisHeatSensitivity: answer,
  implantedDevice: answer,
  implantedDeviceKinds: z.array(z.enum(implantedDeviceKinds)).max(5).optional(),
  epilepsy: answer,
  pregnancy: answer,
  feverOrInfection: answer,
  fallsOrPoorBalance: answer,
  boneWeakness: answer,
  boneWeaknessRegionIds: regionIdListSchema.optional(),
  // Added with reference §7 (G5, G6, G9, G10): intakes saved before have none of them, which
  // reads as unanswered ("ask first"), never as "no".
  glucoseLoweringMedicine: answer,
  heartOrKidneyFailure: answer,
  dizzyOnStanding: answer,
  poorLegCirculation: answer,
  redFlags: z.partialRecord(z.enum(redFlagIds), z.enum(yesNoAnswers).nullable()).optional(),
});
export type SafetyAnswers = z.output<typeof safetyAnswersSchema>;

export const pressurePreferences = [
  "light",
  "medium",
  "firm",
  "ask-me-during-the-session",
] as const;
export type PressurePreference = (typeof pressurePreferences)[number];

export const emergencyContactSchema = z.strictObject({
  name: shortText(80, "The name"),
  phone: z
    .string()
    .trim()
    .regex(/^[+0-9 ()./-]{3,30}$/, "Use digits, spaces and + ( ) - only."),
  relationship: shortText(40, "The relationship").optional(),
});
export type EmergencyContact = z.output<typeof emergencyContactSchema>;

/** What the safety sheet tells a therapist beyond the rules. */
export const sheetPreferencesSchema = z.strictObject({
  touchHypersensitivityRegionIds: regionIdListSchema.optional(),
  pressurePreference: z.enum(pressurePreferences).optional(),
  discomfortSignal: shortText(200, "The signal")
    .optional()
    .describe("How the person will signal discomfort."),
  emergencyContact: emergencyContactSchema.nullable().optional(),
});
export type SheetPreferences = z.output<typeof sheetPreferencesSchema>;

export const safetyIntakeStatuses = ["in-progress", "complete"] as const;
export type SafetyIntakeStatus = (typeof safetyIntakeStatuses)[number];

/** PUT body: each save is a new version. */
export const saveSafetyIntakeRequestSchema = z.strictObject({
  status: z.enum(safetyIntakeStatuses),
  answers: safetyAnswersSchema,
  preferences: sheetPreferencesSchema,
});
export type SaveSafetyIntakeRequest = z.input<typeof saveSafetyIntakeRequestSchema>;
export type SafetyIntakeContent = z.output<typeof saveSafetyIntakeRequestSchema>;

export const safetyIntakeSchema = z.object({
  /** null until the first save (the answer is then an empty in-progress intake). */
  version: z.number().int().positive().nullable(),
  status: z.enum(safetyIntakeStatuses),
  answers: safetyAnswersSchema,
  preferences: sheetPreferencesSchema,
  savedAt: z.iso.datetime().nullable(),
});
export type SafetyIntake = z.output<typeof safetyIntakeSchema>;

export const safetyIntakeResponseSchema = z.object({ intake: safetyIntakeSchema });

export const safetyIntakeVersionSummarySchema = z.object({
  version: z.number().int().positive(),
  status: z.enum(safetyIntakeStatuses),
  savedAt: z.iso.datetime(),
});
export const safetyIntakeVersionsResponseSchema = z.object({
  versions: z.array(safetyIntakeVersionSummarySchema).describe("Newest first."),
});

export const safetyIntakeVersionParamsSchema = z.strictObject({
  userId: z.uuid("Not a valid id."),
  version: z.coerce.number().int().positive("Not a version number."),
});
