import type { SafetyAnswers, SheetPreferences } from "./safety-intake.schema.js";
import type { PreSessionAnswers } from "./pre-session-check.schema.js";
import type { TherapyId } from "../therapies/therapy-ids.js";
import type { SafetySourceId } from "./safety-sources.js";
import type { VerdictLevel } from "./verdict-level.js";

/** What the rules read: the stored intake, plus the pre-session answers when there are some. */
export type SafetyFacts = {
  answers: SafetyAnswers;
  preferences: SheetPreferences;
  preSession?: PreSessionAnswers | undefined;
};

/** One thing a rule says about some therapies, as a whole or at some body areas. */
export type Finding = {
  therapyIds: readonly TherapyId[];
  level: Exclude<VerdictLevel, "ok">;
  /** Why, in plain words. */
  text: string;
  /** What to do instead or how to do it safely. */
  instructions?: readonly string[];
  /** Absent: the whole therapy. Present: only these body-map areas. */
  regionIds?: readonly string[];
  /** "open-question": said only because a question is unanswered or "not sure". */
  basis?: "answer" | "open-question";
  /** Overrides the rule's source (a rule over all red flags cites each flag's own). */
  sourceId?: SafetySourceId;
};

/**
 * A safety rule: a pure function of the facts. `reads` and `affects` describe it for the rule
 * table, the docs and the property tests (an open question must never leave `affects` at "ok").
 */
export type SafetyRule = {
  id: string;
  sourceId: SafetySourceId;
  /** Sources its findings cite instead of `sourceId` (declared so the registry test sees them). */
  otherSourceIds?: readonly SafetySourceId[];
  reads: readonly string[];
  affects: readonly TherapyId[];
  evaluate(facts: SafetyFacts): readonly Finding[];
};
