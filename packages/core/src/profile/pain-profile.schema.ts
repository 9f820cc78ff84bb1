import { z } from "zod";
import { painCauseIds, painProfileLimits } from "./pain-causes.js";
import { painRegionListSchema } from "../pain-scores/pain-scores.schema.js";
import { personText } from "../text/text.schema.js";
import { calendarDateSchema } from "../time/time.schema.js";

const { nameMaxLength, unitMaxLength, frequencyMaxLength, noteMaxLength, earliestYear } =
  painProfileLimits;

function shortText(maxLength: number, what: string) {
  return personText({ maxLength, label: what, isTrimmed: true });
}

function requiredText(maxLength: number, what: string) {
  return personText({ maxLength, label: what, isTrimmed: true, minLength: 1 });
}

const yearSchema = z
  .int({ error: "Enter a year such as 2019." })
  .min(earliestYear, `Choose a year from ${earliestYear} on.`)
  .max(2200, "Choose a year that has started.")
  .describe("Year the pain started; not later than the current year (checked by the server).");

export const painCauseEntrySchema = z
  .strictObject({
    cause: z
      .enum(painCauseIds, { error: "Choose a cause from the list." })
      .describe("An id from `painCauses`."),
    otherText: shortText(nameMaxLength, "The description")
      .optional()
      .describe("What it is, when `cause` is `other`."),
    isDiagnosed: z
      .boolean({ error: "Say whether a clinician has confirmed it." })
      .describe("Has a clinician confirmed it?"),
    onsetYear: yearSchema.nullable().describe("Year the pain started, if known."),
  })
  .refine((entry) => entry.cause !== "other" || (entry.otherText ?? "") !== "", {
    error: "Say what the other cause is.",
    path: ["otherText"],
  });
export type PainCauseEntry = z.infer<typeof painCauseEntrySchema>;

export const medicationSchema = z
  .strictObject({
    name: requiredText(nameMaxLength, "The medication name"),
    dose: z
      .number({ error: "Enter the dose as a number, such as 300 or 0.5." })
      .positive("A dose is more than 0.")
      .max(1_000_000, "Check the dose.")
      .nullable()
      .describe("Amount per dose, in `unit`; null if not known."),
    unit: shortText(unitMaxLength, "The unit")
      .nullable()
      .describe("Unit of `dose`, such as mg, mcg, ml or patch (see `medicationUnitSuggestions`)."),
    frequency: shortText(frequencyMaxLength, "How often").describe(
      "How often it is taken, in the person's words: 'twice a day', 'when needed'.",
    ),
    startedOn: calendarDateSchema.nullable().describe("Day it was started, if known."),
    stoppedOn: calendarDateSchema
      .nullable()
      .describe("Day it was stopped; null while still taken."),
  })
  .refine(
    (medication) =>
      medication.startedOn === null ||
      medication.stoppedOn === null ||
      medication.startedOn <= medication.stoppedOn,
    { error: "The stop date cannot be before the start date.", path: ["stoppedOn"] },
  );
export type Medication = z.infer<typeof medicationSchema>;

export const otherTreatmentSchema = z.strictObject({
  name: requiredText(nameMaxLength, "The treatment name").describe(
    "A treatment other than medication: physiotherapy, TENS, acupuncture…",
  ),
  note: shortText(noteMaxLength, "The note").describe("Anything worth remembering about it."),
});
export type OtherTreatment = z.infer<typeof otherTreatmentSchema>;

/** The whole profile; PUT replaces it. */
export const painProfileRequestSchema = z.strictObject({
  causes: z
    .array(painCauseEntrySchema)
    .max(painProfileLimits.causesMax)
    .refine(
      (causes) => new Set(causes.map((entry) => entry.cause)).size === causes.length,
      "Each cause can be listed once.",
    )
    .describe("What may lie behind the pain, each with diagnosis status and year of onset."),
  medications: z
    .array(medicationSchema)
    .max(
      painProfileLimits.medicationsMax,
      `List at most ${painProfileLimits.medicationsMax} medications.`,
    )
    .describe("Medications, current and past."),
  otherTreatments: z
    .array(otherTreatmentSchema)
    .max(
      painProfileLimits.otherTreatmentsMax,
      `List at most ${painProfileLimits.otherTreatmentsMax} treatments.`,
    ),
  regions: painRegionListSchema.describe(
    "The usual pain map: regions with a typical intensity and qualities.",
  ),
});
export type PainProfileRequest = z.input<typeof painProfileRequestSchema>;
export type PainProfileFields = z.output<typeof painProfileRequestSchema>;

export const painProfileSchema = z.object({
  causes: z.array(painCauseEntrySchema),
  medications: z.array(medicationSchema),
  otherTreatments: z.array(otherTreatmentSchema),
  regions: painRegionListSchema,
  updatedAt: z.iso.datetime().nullable().describe("Null until the profile is first saved."),
});
export type PainProfile = z.infer<typeof painProfileSchema>;
