import type { PreSessionAnswers } from "../pre-session-check.schema.js";
import type { SafetyAnswers, SheetPreferences } from "../safety-intake.schema.js";
import type { SafetySourceId } from "../safety-sources.js";
import type { VerdictLevel } from "../verdict-level.js";
import type { TherapyId } from "../../therapies/therapy-ids.js";
import { anIntake, calmPreSession } from "./safety-intake.factory.js";

/**
 * One row of the rule table (safety-rules.test.ts): an intake where everything is "no" plus one
 * risk, with the verdict the rule must give and the reference entry it must cite.
 */
export type SafetyRuleRow = {
  rule: string;
  source: SafetySourceId;
  answers?: Partial<SafetyAnswers>;
  preferences?: Partial<SheetPreferences>;
  preSession?: Partial<PreSessionAnswers>;
  therapy: TherapyId;
  /** Set when the rule speaks about an area, not the whole therapy. */
  region?: string;
  level: VerdictLevel;
};

/** The facts a row describes: all "no" plus the row's answers, preferences and pre-session check. */
export function factsOf(row: SafetyRuleRow) {
  const intake = anIntake()
    .with({
      ...row.answers,
      redFlags: { ...anIntake().build().answers.redFlags, ...row.answers?.redFlags },
    })
    .withPreferences(row.preferences ?? {});
  return intake.facts(
    row.preSession === undefined ? undefined : { ...calmPreSession, ...row.preSession },
  );
}
