import {
  safetyQuestions,
  type PainRegion,
  type SafetyAnswers,
  type SafetyIntake,
  type SafetyIntakeStatus,
  type SaveSafetyIntakeRequest,
  type SheetPreferences,
  type YesNoAnswer,
} from "@painplan/core";
import type { IntakeItem, IntakeStep } from "./intake-steps";

type ContactFields = { name: string; phone: string; relationship: string };

/**
 * The wizard's working copy. Mostly the API's own shapes; two things only the screen needs: the
 * answer to "is feeling reduced anywhere?" (the API stores only the areas) and the emergency
 * contact as three plain text fields (the API needs name and phone together).
 */
export type IntakeDraft = {
  answers: SafetyAnswers;
  preferences: SheetPreferences;
  reducedSensation: YesNoAnswer | null;
  contact: ContactFields;
};

function reducedSensationOf(regionIds: readonly string[] | null | undefined): YesNoAnswer | null {
  if (regionIds === null || regionIds === undefined) return null;
  return regionIds.length > 0 ? "yes" : "no";
}

export function draftFromIntake(
  intake: Pick<SafetyIntake, "answers" | "preferences">,
): IntakeDraft {
  const contact = intake.preferences.emergencyContact;
  return {
    answers: intake.answers,
    preferences: intake.preferences,
    reducedSensation: reducedSensationOf(intake.answers.reducedSensationRegionIds),
    contact: {
      name: contact?.name ?? "",
      phone: contact?.phone ?? "",
      relationship: contact?.relationship ?? "",
    },
  };
}

/** Details only make sense after a "yes"; the server refuses them otherwise. */
const detailsOf = {
  bloodThinners: ["bloodThinnerNames"],
  bloodClot: ["bloodClotRegionIds"],
  recentSurgery: ["recentSurgeryRegionIds", "recentSurgeryDate"],
  lymphoedema: ["lymphoedemaSide", "lymphoedemaLimb"],
  chemotherapyNow: ["chemotherapyPortRegionIds", "lowBloodCounts"],
  implantedDevice: ["implantedDeviceKinds"],
  boneWeakness: ["boneWeaknessRegionIds"],
} as const satisfies Partial<Record<keyof SafetyAnswers, readonly (keyof SafetyAnswers)[]>>;

function withoutStaleDetails(answers: SafetyAnswers): SafetyAnswers {
  const stale = new Set<string>(
    Object.entries(detailsOf).flatMap(([question, details]) =>
      answers[question as keyof typeof detailsOf] === "yes" ? [] : details,
    ),
  );
  const isBlank = (value: unknown) =>
    value === undefined || (typeof value === "string" && value.trim() === "");
  return Object.fromEntries(
    Object.entries(answers).filter(([field, value]) => !stale.has(field) && !isBlank(value)),
  );
}

function contactOf({ name, phone, relationship }: ContactFields) {
  if (name.trim() === "" && phone.trim() === "") return null;
  return relationship.trim() === "" ? { name, phone } : { name, phone, relationship };
}

function reducedSensationAnswer(draft: IntakeDraft): string[] | null {
  if (draft.reducedSensation === "no") return [];
  if (draft.reducedSensation === "yes") return [...(draft.answers.reducedSensationRegionIds ?? [])];
  return null;
}

/** What one save sends: only answers that make sense together, nothing half-typed. */
export function intakeRequestFromDraft(
  draft: IntakeDraft,
  status: SafetyIntakeStatus,
): SaveSafetyIntakeRequest {
  const answers = withoutStaleDetails({
    ...draft.answers,
    reducedSensationRegionIds: reducedSensationAnswer(draft),
  });
  const preferences: Record<string, unknown> = {
    ...draft.preferences,
    emergencyContact: contactOf(draft.contact),
  };
  if (draft.preferences.discomfortSignal?.trim() === "") delete preferences["discomfortSignal"];
  return { status, answers, preferences };
}

/** A follow-up question ("are your blood counts low?") appears only after its "yes". */
export function isItemShown(item: IntakeItem, draft: IntakeDraft): boolean {
  if (item.kind !== "question") return true;
  const definition = safetyQuestions[item.id];
  if (!("askedWhenYes" in definition)) return true;
  return draft.answers[definition.askedWhenYes] === "yes";
}

/** Answered means yes, no or not sure; the optional therapist notes never hold a step open. */
export function isItemAnswered(item: IntakeItem, draft: IntakeDraft): boolean {
  switch (item.kind) {
    case "red-flag":
      return (draft.answers.redFlags?.[item.id] ?? null) !== null;
    case "question":
      return !isItemShown(item, draft) || (draft.answers[item.id] ?? null) !== null;
    case "reduced-sensation":
      return draft.reducedSensation !== null;
    case "touch-hypersensitivity":
    case "therapist-notes":
      return true;
  }
}

/** Where to resume: the first step with a question left open; a finished intake starts over. */
export function firstOpenStep(
  steps: readonly IntakeStep[],
  draft: IntakeDraft,
  status: SafetyIntakeStatus,
): number {
  if (status === "complete") return 0;
  const open = steps.findIndex((step) => !step.items.every((item) => isItemAnswered(item, draft)));
  return open === -1 ? steps.length - 1 : open;
}

/** Areas the pain profile marks as numb, to offer as a starting point (never saved unasked). */
export function profileRegionsWith(
  regions: readonly PainRegion[],
  quality: "numbness" | "touch-hypersensitivity",
): string[] {
  return regions
    .filter((region) => (region.qualities as readonly string[]).includes(quality))
    .map((region) => region.regionId);
}
