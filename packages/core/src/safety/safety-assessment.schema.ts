import { z } from "zod";
import { redFlagIds } from "./red-flags.js";
import { yesNoAnswers } from "./safety-answer.js";
import { safetySourceIds } from "./safety-sources.js";
import { verdictLevels } from "./verdict-level.js";
import { therapyIds, therapyKinds, type TherapyId } from "../therapies/therapy-ids.js";
import { safetyIntakeStatuses } from "./safety-intake.schema.js";

/** A therapy id from the catalog, with a message a person can act on. */
export const therapyIdFieldSchema = z.enum(therapyIds as [TherapyId, ...TherapyId[]], {
  error: "Choose a therapy from the library.",
});

/** Why a rule gave its verdict: plain words, what to do, and where the rule comes from. */
export const safetyReasonSchema = z.object({
  ruleId: z.string(),
  level: z.enum(verdictLevels),
  text: z.string(),
  instructions: z.array(z.string()),
  sourceId: z.enum(safetySourceIds),
  /** "open-question": given only because a question is unanswered or "not sure". */
  basis: z.enum(["answer", "open-question"]),
});
export type SafetyReason = z.output<typeof safetyReasonSchema>;

export const areaVerdictSchema = z.object({
  regionId: z.string(),
  label: z.string(),
  level: z.enum(verdictLevels),
  reasons: z.array(safetyReasonSchema),
});
export type AreaVerdict = z.output<typeof areaVerdictSchema>;

/**
 * One therapy: `level` and `reasons` for the therapy as a whole, `areas` for body areas that
 * need something more (at an area, the stricter of the two applies).
 */
export const therapyVerdictSchema = z.object({
  therapyId: therapyIdFieldSchema,
  kind: z.enum(therapyKinds),
  level: z.enum(verdictLevels),
  reasons: z.array(safetyReasonSchema),
  areas: z.array(areaVerdictSchema),
});
export type TherapyVerdict = z.output<typeof therapyVerdictSchema>;

export const redFlagUrgencies = ["none", "urgent", "emergency"] as const;

export const raisedRedFlagSchema = z.object({
  id: z.enum(redFlagIds),
  question: z.string(),
  answer: z.enum(yesNoAnswers),
  urgency: z.enum(["urgent", "emergency"]),
  sourceId: z.enum(safetySourceIds),
});

/** Red flags answered yes (or "not sure"), and what to do now. */
export const redFlagAlertSchema = z.object({
  urgency: z.enum(redFlagUrgencies),
  message: z.string().nullable(),
  flags: z.array(raisedRedFlagSchema),
});
export type RedFlagAlert = z.output<typeof redFlagAlertSchema>;

/** One body area across all therapies: the strictest verdict and which therapies it concerns. */
export const areaSummarySchema = z.object({
  regionId: z.string(),
  label: z.string(),
  level: z.enum(verdictLevels),
  therapyIds: z.array(therapyIdFieldSchema),
  reasons: z.array(safetyReasonSchema),
});
export type AreaSummary = z.output<typeof areaSummarySchema>;

export const safetyAssessmentSchema = z.object({
  intakeVersion: z.number().int().positive().nullable(),
  intakeStatus: z.enum(safetyIntakeStatuses),
  /** Questions not answered yet (or answered "not sure"): the therapies they touch say "ask first". */
  openQuestions: z.array(z.string()),
  redFlags: redFlagAlertSchema,
  therapies: z.array(therapyVerdictSchema),
  areas: z.array(areaSummarySchema),
});
export type SafetyAssessment = z.output<typeof safetyAssessmentSchema>;
