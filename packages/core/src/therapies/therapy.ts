import type { EvidenceSourceId } from "./evidence-sources.js";
import type { TherapyId, TherapyKind } from "./therapy-ids.js";

/** A span of whole minutes; the web app shows it with its unit ("30–60 min"). */
export type MinuteRange = { min: number; max: number };

/**
 * How often people usually have it. Structured so a plan can offer it as a starting schedule;
 * `label` is the same thing in plain words.
 */
export type TypicalFrequency =
  | { basis: "times-per-week"; min: number; max: number; label: string }
  | { basis: "every-weeks"; min: number; max: number; label: string }
  /** Medication: the prescriber sets the schedule, so the library suggests none. */
  | { basis: "as-prescribed"; label: string };

export const deliveryModes = ["practitioner", "clinician", "self-guided"] as const;
/**
 * Who carries it out: a practitioner (massage therapist, acupuncturist, yoga teacher), a
 * clinician (prescriber, physical therapist), or the person alone once they have learned it.
 */
export type DeliveryMode = (typeof deliveryModes)[number];

export type DeliveredBy = {
  mode: DeliveryMode;
  /** Short, e.g. "A licensed massage therapist". */
  who: string;
  /** Why this person, and what to ask them. */
  detail: string;
};

/**
 * How sure the research is, from the team's reading of the sources (GRADE-like words).
 * "not-assessed": our clinical reference has no source for it yet, and we say so rather than guess.
 */
export const evidenceCertainties = [
  "not-assessed",
  "insufficient",
  "very-low",
  "low",
  "moderate",
  "high",
] as const;
export type EvidenceCertainty = (typeof evidenceCertainties)[number];

export type Evidence = {
  /** One or two sentences in plain words: what was studied, what was found, how sure it is. */
  summary: string;
  certainty: EvidenceCertainty;
  sources: readonly EvidenceSourceId[];
};

/** What every entry of the library says, whatever its kind. */
export type TherapyBase = {
  id: TherapyId;
  kind: TherapyKind;
  name: string;
  /** One line for a list. */
  summary: string;
  whatItIs: string;
  whatToExpect: string;
  /** `null` only where there is no timed session (medication). */
  typicalMinutes: MinuteRange | null;
  typicalFrequency: TypicalFrequency;
  deliveredBy: DeliveredBy;
  evidence: Evidence;
  /** General cautions in plain words; personal verdicts come from the safety rules. */
  precautions: readonly string[];
  /** Other names people search for (Sanskrit names, abbreviations, everyday words). */
  searchTerms: readonly string[];
};

export const supportedVariants = ["chair", "wall"] as const;
export type SupportedVariant = (typeof supportedVariants)[number];

export type MassageTherapy = TherapyBase & { kind: "massage" };
export type AcupunctureTherapy = TherapyBase & { kind: "acupuncture" };
export type OtherTherapy = TherapyBase & { kind: "other" };

/** A yoga pose always comes with a supported variant: neuropathy makes balance unreliable. */
export type YogaPose = TherapyBase & {
  kind: "yoga";
  supportedVariant: SupportedVariant;
  variantDescription: string;
  cues: readonly string[];
  /** Situations in which to skip the pose (may be empty). */
  avoidIf: readonly string[];
};

/** A practice a person does alone, in short steps they can follow. */
export type MindfulnessPractice = TherapyBase & {
  kind: "mindfulness";
  steps: readonly string[];
};

export type Therapy =
  MassageTherapy | AcupunctureTherapy | YogaPose | MindfulnessPractice | OtherTherapy;

/** What a list shows: enough for a card, with no personal data (the library is public). */
export type TherapySummary = Pick<
  TherapyBase,
  "id" | "kind" | "name" | "summary" | "typicalMinutes" | "typicalFrequency"
> & {
  deliveryMode: DeliveryMode;
  evidenceCertainty: EvidenceCertainty;
};
