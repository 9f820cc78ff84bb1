import { z } from "zod";
import { calendarDateSchema } from "../time/time.schema.js";
import { pressurePreferences, safetyIntakeStatuses } from "./safety-intake.schema.js";

/** Body-map areas and the same in a few words ("Both feet, Left knee"). */
const namedAreas = z.object({ regionIds: z.array(z.string()), text: z.string() });

/**
 * The one-page safety sheet for a therapist, as data: the web prints it, the server renders the
 * same content as a PDF. Every list is short, plain sentences; readable in under a minute.
 */
export const safetySheetSchema = z.object({
  personName: z.string(),
  generatedAt: z.iso.datetime(),
  /** The person's calendar date ("YYYY-MM-DD") at `generatedAt`, in their own time zone. */
  generatedOn: calendarDateSchema,
  intakeVersion: z.number().int().positive().nullable(),
  intakeStatus: z.enum(safetyIntakeStatuses),
  /** Areas where some therapy must not go, with the reason in a few words. */
  areasToAvoid: z.array(namedAreas.extend({ reason: z.string() })),
  reducedSensationAreas: namedAreas,
  touchHypersensitivityAreas: namedAreas,
  pressurePreference: z.enum(pressurePreferences).nullable(),
  pressurePreferenceText: z.string(),
  /** Medications that matter for hands-on work and needles (blood thinners). */
  medications: z.array(z.string()),
  implantedDevices: z.array(z.string()),
  /** Other precautions from the rules, one short line each. */
  precautions: z.array(z.string()),
  discomfortSignal: z.string().nullable(),
  emergencyContact: z
    .object({ name: z.string(), phone: z.string(), relationship: z.string().nullable() })
    .nullable(),
  disclaimer: z.string(),
});
export type SafetySheet = z.output<typeof safetySheetSchema>;
