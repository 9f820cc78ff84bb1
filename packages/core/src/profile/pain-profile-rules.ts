import type { FieldError } from "../api/errors.schema.js";
import type { PainProfileFields } from "./pain-profile.schema.js";

/**
 * Checks of a pain profile that need today's date (passed in: core has no clock). `today` is
 * the person's local day, "YYYY-MM-DD". Returns one message per field that needs attention.
 */
export function checkPainProfileDates(profile: PainProfileFields, today: string): FieldError[] {
  const currentYear = Number(today.slice(0, 4));
  const problems: FieldError[] = [];
  profile.causes.forEach((cause, index) => {
    if (cause.onsetYear !== null && cause.onsetYear > currentYear) {
      problems.push({
        path: `causes.${index}.onsetYear`,
        message: `Choose a year up to ${currentYear}.`,
      });
    }
  });
  profile.medications.forEach((medication, index) => {
    if (medication.startedOn !== null && medication.startedOn > today) {
      problems.push({
        path: `medications.${index}.startedOn`,
        message: "A start date cannot be in the future.",
      });
    }
  });
  return problems;
}
