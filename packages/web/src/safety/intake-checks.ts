import { isItemAnswered, type IntakeDraft } from "./intake-draft";
import type { FollowUp, IntakeItem, IntakeStep } from "./intake-steps";

type Problems = Record<string, string>;

const merged = (all: readonly Problems[]): Problems =>
  all.reduce((sum, problems) => ({ ...sum, ...problems }), {});

/** Details the rules need after a "yes" before the intake can be complete. */
function followUpProblems(followUp: FollowUp, draft: IntakeDraft): Problems {
  const { answers } = draft;
  switch (followUp.kind) {
    case "regions":
      return followUp.field === "recentSurgeryRegionIds" &&
        (answers[followUp.field] ?? []).length === 0
        ? { [`answers.${followUp.field}`]: "Tick where the surgery was." }
        : {};
    case "surgery-date":
      return answers.recentSurgeryDate === undefined
        ? { "answers.recentSurgeryDate": "Give the date of the surgery, even roughly." }
        : {};
    case "lymphoedema-limb":
      return answers.lymphoedemaSide === undefined
        ? { "answers.lymphoedemaSide": "Choose which side." }
        : {};
    case "device-kinds":
      return (answers.implantedDeviceKinds ?? []).length === 0
        ? { "answers.implantedDeviceKinds": "Choose which device." }
        : {};
    case "medicine-names":
      return {};
  }
}

function itemProblems(item: IntakeItem, draft: IntakeDraft): Problems {
  switch (item.kind) {
    case "question":
      if (draft.answers[item.id] !== "yes") return {};
      return merged((item.followUps ?? []).map((followUp) => followUpProblems(followUp, draft)));
    case "reduced-sensation":
      return draft.reducedSensation === "yes" &&
        (draft.answers.reducedSensationRegionIds ?? []).length === 0
        ? {
            "answers.reducedSensationRegionIds":
              "Tick at least one area, or answer “Not sure” if you would rather not say.",
          }
        : {};
    case "therapist-notes":
      return therapistNotesProblems(draft);
    case "red-flag":
    case "touch-hypersensitivity":
      return {};
  }
}

function therapistNotesProblems({ preferences, contact }: IntakeDraft): Problems {
  const problems: Problems = {};
  if (preferences.pressurePreference === undefined) {
    problems["preferences.pressurePreference"] = "Choose a pressure; “Ask me” is fine.";
  }
  if (preferences.discomfortSignal === undefined) {
    problems["preferences.discomfortSignal"] = "Say how you will show that something hurts.";
  }
  if (contact.name.trim() !== "" && contact.phone.trim() === "") {
    problems["preferences.emergencyContact.phone"] = "Add a phone number for this person.";
  }
  if (contact.phone.trim() !== "" && contact.name.trim() === "") {
    problems["preferences.emergencyContact.name"] = "Add the name of this person.";
  }
  return problems;
}

/**
 * Checks the screen can make before saving, with the message next to the field (keyed like the
 * server's field paths). Everything else is checked by the server with the shared rules.
 */
export function checkStep(step: IntakeStep, draft: IntakeDraft): Problems {
  return merged(step.items.map((item) => itemProblems(item, draft)));
}

/**
 * Everything answered and every detail the rules need given: the intake may be saved as
 * complete. Checked at every save, so updating a finished intake keeps it complete.
 */
export function isDraftComplete(steps: readonly IntakeStep[], draft: IntakeDraft): boolean {
  return steps.every(
    (step) =>
      step.items.every((item) => isItemAnswered(item, draft)) &&
      Object.keys(checkStep(step, draft)).length === 0,
  );
}

/** The step in the address ("?step=3", counted from 1), or where to resume. */
export function stepIndexFrom(param: string | null, resumeAt: number, stepCount: number): number {
  const number = Number(param);
  if (param === null || !Number.isInteger(number) || number < 1 || number > stepCount) {
    return resumeAt;
  }
  return number - 1;
}
