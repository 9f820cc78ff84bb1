import { z } from "zod";
import { calendarDateSchema } from "../time/time.schema.js";
import { instrumentIds } from "./instrument-ids.js";

export const instrumentIdSchema = z.enum(instrumentIds);

/** A calendar day in the person's own time zone, `YYYY-MM-DD`. */

export const instrumentParamsSchema = z.strictObject({
  userId: z.uuid("Not a valid id."),
  instrumentId: instrumentIdSchema,
});

export const answerOptionSchema = z.object({
  value: z.number().int().describe("What is stored and scored when this option is chosen."),
  label: z.string(),
});

/**
 * - `numeric-scale`: options 0..10 (show as a row of numbers, with the two anchor labels);
 * - `choice`: a short list of labelled options;
 * - `yes-no`: value 1 = yes, 0 = no.
 */
export const answerStyles = ["numeric-scale", "choice", "yes-no"] as const;

/**
 * `self-report` items must all be answered. `clinician-examination` items (DN4's exam part) are
 * answered all together, after a clinician's examination, or not at all.
 */
export const itemParts = ["self-report", "clinician-examination"] as const;

export const instrumentItemSchema = z.object({
  linkId: z.string().describe("Stable key of the item: answers and scoring use it."),
  text: z.string(),
  /** The shared question a short item belongs to (e.g. "Does the pain feel like…"), if any. */
  groupText: z.string().nullable(),
  part: z.enum(itemParts),
  answerStyle: z.enum(answerStyles),
  options: z.array(answerOptionSchema),
  loincCode: z.string().nullable(),
});
export type InstrumentItem = z.infer<typeof instrumentItemSchema>;

export const instrumentScoringSchema = z.object({
  minimum: z.number(),
  maximum: z.number(),
  /** Decimals of the displayed score (PEG: 1; the others are whole numbers). */
  decimals: z.number().int().min(0),
  /** How the score is made, in plain words (PEG also says why it shows one decimal). */
  method: z.string(),
});

export const instrumentDefinitionSchema = z.object({
  id: instrumentIdSchema,
  version: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  /** What the questionnaire is for, in plain words. */
  purpose: z.string(),
  instructions: z.string(),
  recallPeriod: z.string().nullable().describe("The time the questions ask about, if any."),
  licence: z.enum(["free", "licensed"]),
  copyright: z.string().nullable(),
  source: z.object({ citation: z.string(), url: z.string().nullable() }),
  loincPanelCode: z.string().nullable(),
  loincScoreCode: z.string().nullable(),
  scoring: instrumentScoringSchema,
  /** PGIC: asks about change since the start date the person chose (settings). */
  usesAnchorDate: z.boolean(),
  /** Mood screens: the page keeps crisis support one tap away. */
  showsCrisisSupport: z.boolean(),
  /**
   * PHQ-9 item 9: an answer at or above `minimumValue` to this item shows the crisis panel at
   * once, on the same screen (clinical reference §8). Null for every other instrument.
   */
  crisisItem: z.object({ linkId: z.string(), minimumValue: z.number().int() }).nullable(),
  items: z.array(instrumentItemSchema),
});
export type InstrumentDefinition = z.infer<typeof instrumentDefinitionSchema>;

export const instrumentStatuses = ["available", "not-installed"] as const;
export type InstrumentStatus = (typeof instrumentStatuses)[number];

export const instrumentScheduleSchema = z.object({
  intervalDays: z.number().int().nullable().describe("null: not scheduled, taken on demand."),
  isDue: z.boolean(),
  /** First local day it is (or was) due; null when not scheduled or waiting for an anchor. */
  dueOn: calendarDateSchema.nullable(),
  /** PGIC without a start date: it cannot be due until the person picks one. */
  isWaitingForAnchorDate: z.boolean(),
  lastCompletedAt: z.iso.datetime().nullable(),
  lastSkippedAt: z.iso.datetime().nullable(),
});
export type InstrumentSchedule = z.infer<typeof instrumentScheduleSchema>;

export const instrumentSummarySchema = z.object({
  id: instrumentIdSchema,
  title: z.string(),
  shortTitle: z.string(),
  licence: z.enum(["free", "licensed"]),
  status: z.enum(instrumentStatuses),
  schedule: instrumentScheduleSchema,
});
export type InstrumentSummary = z.infer<typeof instrumentSummarySchema>;

export const questionnaireOverviewSchema = z.object({
  instruments: z.array(instrumentSummarySchema),
  /** Ids of the available instruments due today, in the order of `instruments`. */
  due: z.array(instrumentIdSchema),
  today: calendarDateSchema.describe("Today in the person's time zone."),
});
export type QuestionnaireOverview = z.infer<typeof questionnaireOverviewSchema>;
