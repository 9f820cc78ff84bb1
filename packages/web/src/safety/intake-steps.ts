import type { RedFlagId, SafetyQuestionId } from "@painplan/core";

/** Answer fields that hold a list of body regions. */
export type RegionAnswerField =
  | "bloodClotRegionIds"
  | "recentSurgeryRegionIds"
  | "chemotherapyPortRegionIds"
  | "boneWeaknessRegionIds";

/** What is asked after a "yes", beside its question. */
export type FollowUp =
  | { kind: "regions"; field: RegionAnswerField; legend: string }
  | { kind: "medicine-names" }
  | { kind: "surgery-date" }
  | { kind: "lymphoedema-limb" }
  | { kind: "device-kinds" };

export type IntakeItem =
  | { kind: "red-flag"; id: RedFlagId }
  | { kind: "question"; id: SafetyQuestionId; followUps?: readonly FollowUp[] }
  | { kind: "reduced-sensation" }
  | { kind: "touch-hypersensitivity" }
  | { kind: "therapist-notes" };

export type IntakeStep = { title: string; intro: string; items: readonly IntakeItem[] };

const redFlag = (id: RedFlagId): IntakeItem => ({ kind: "red-flag", id });
const question = (id: SafetyQuestionId, followUps?: readonly FollowUp[]): IntakeItem =>
  followUps === undefined ? { kind: "question", id } : { kind: "question", id, followUps };

/**
 * The intake in short steps of a few questions. Signs that need a doctor come first, so that
 * nobody answers twenty questions before hearing "please get help now".
 */
export const intakeSteps: readonly IntakeStep[] = [
  {
    title: "Signs to act on now",
    intro: "First, a few signs that need a doctor before anything else. Are any of these new?",
    items: [
      redFlag("spreading-weakness"),
      redFlag("sudden-one-sided-weakness"),
      redFlag("saddle-numbness-or-bladder-change"),
      redFlag("breathlessness-or-chest-pain"),
      redFlag("self-harm-thoughts"),
    ],
  },
  {
    title: "Signs to see a doctor about today",
    intro: "A few more signs. Do you have any of these now?",
    items: [
      redFlag("foot-infection-signs"),
      redFlag("foot-sore-with-fever"),
      redFlag("lasting-new-numbness"),
      redFlag("sudden-warm-swollen-foot"),
      redFlag("one-sided-leg-swelling"),
      redFlag("fever-with-back-pain-or-cancer-pain"),
    ],
  },
  {
    title: "Bleeding, clots and circulation",
    intro:
      "These change how firm a massage may be, how deep needles may go, and where heat may go.",
    items: [
      question("bloodThinners", [{ kind: "medicine-names" }]),
      question("bleedingDisorder"),
      question("lowPlatelets"),
      question("bloodClot", [
        { kind: "regions", field: "bloodClotRegionIds", legend: "Where is the clot?" },
      ]),
      question("poorLegCirculation"),
    ],
  },
  {
    title: "Skin and healing",
    intro: "Wounds and fragile skin need to be kept clear of pressure and needles.",
    items: [
      question("diabetesFootProblems"),
      question("recentSurgery", [
        { kind: "regions", field: "recentSurgeryRegionIds", legend: "Where was the surgery?" },
        { kind: "surgery-date" },
      ]),
      question("fragileSkin"),
      question("feverOrInfection"),
    ],
  },
  {
    title: "Treatments and conditions",
    intro: "Some treatments and conditions ask for a gentler touch or a cooler room.",
    items: [
      question("lymphoedema", [{ kind: "lymphoedema-limb" }]),
      question("chemotherapyNow", [
        {
          kind: "regions",
          field: "chemotherapyPortRegionIds",
          legend: "Where is your port, line or pump, if you have one?",
        },
      ]),
      question("lowBloodCounts"),
      question("glucoseLoweringMedicine"),
      question("heartOrKidneyFailure"),
      question("multipleSclerosisHeatSensitivity"),
      question("boneWeakness", [
        { kind: "regions", field: "boneWeaknessRegionIds", legend: "Which areas are affected?" },
      ]),
    ],
  },
  {
    title: "Devices, pregnancy and balance",
    intro: "The last few questions about your health.",
    items: [
      question("implantedDevice", [{ kind: "device-kinds" }]),
      question("epilepsy"),
      question("pregnancy"),
      question("fallsOrPoorBalance"),
      question("dizzyOnStanding"),
    ],
  },
  {
    title: "Feeling in your body",
    intro: "Where you feel less, or where light touch hurts, a therapist needs to know.",
    items: [{ kind: "reduced-sensation" }, { kind: "touch-hypersensitivity" }],
  },
  {
    title: "For your therapist",
    intro: "What helps during a session. All of this goes on your safety sheet.",
    items: [{ kind: "therapist-notes" }],
  },
];
