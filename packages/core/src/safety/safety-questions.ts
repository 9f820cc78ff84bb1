/**
 * The yes/no questions of the safety intake, in our own plain words. The keys are the field
 * names of `answers` in the API (safety/safety-intake.schema.ts) and are stored: never rename.
 * Detail fields (which areas, when, which side) sit next to their question in the schema.
 */
export type SafetyQuestion = {
  text: string;
  /** Asked only when another question was answered "yes". */
  askedWhenYes?: string;
};

export const safetyQuestions = {
  bloodThinners: {
    text: "Do you take a blood thinner, or a daily medicine that stops blood clotting such as aspirin or clopidogrel?",
  },
  bleedingDisorder: {
    text: "Do you have a bleeding disorder such as haemophilia, or do you bleed or bruise very easily?",
  },
  lowPlatelets: { text: "Have you been told that your platelet count is low?" },
  bloodClot: {
    text: "Do you have, or might you have, a blood clot in a vein (deep vein thrombosis), or are you being treated for one?",
  },
  diabetesFootProblems: {
    text: "Do you have diabetes with a wound, callus, ulcer or broken skin on a foot?",
  },
  recentSurgery: {
    text: "Have you had surgery in the last three months, or is a surgical wound still healing?",
  },
  fragileSkin: {
    text: "Does your skin tear or bruise easily (for example after long-term steroid medicine or radiation treatment)?",
  },
  lymphoedema: {
    text: "Do you have lymphoedema, or have you had lymph nodes removed or treated with radiation?",
  },
  chemotherapyNow: { text: "Are you having chemotherapy now?" },
  lowBloodCounts: {
    text: "Have you been told that your blood counts (white cells or platelets) are low right now?",
    askedWhenYes: "chemotherapyNow",
  },
  multipleSclerosisHeatSensitivity: {
    text: "Do you have multiple sclerosis, with symptoms that get worse when you are hot?",
  },
  implantedDevice: {
    text: "Do you have a pacemaker, defibrillator, medicine pump, nerve stimulator or another implanted electrical device?",
  },
  epilepsy: { text: "Do you have epilepsy or seizures?" },
  pregnancy: { text: "Are you pregnant, or could you be?" },
  feverOrInfection: { text: "Do you have a fever or an infection right now?" },
  fallsOrPoorBalance: { text: "Have you fallen in the last year, or is your balance poor?" },
  boneWeakness: {
    text: "Do you have weak bones: osteoporosis, a recent broken bone, or cancer that has spread to the bones?",
  },
  glucoseLoweringMedicine: {
    text: "Do you use insulin, or another diabetes medicine that can make your blood sugar drop too low?",
  },
  heartOrKidneyFailure: { text: "Do you have heart failure, or serious kidney disease?" },
  dizzyOnStanding: { text: "Do you feel dizzy, light-headed or faint when you stand up?" },
  poorLegCirculation: {
    text: "Have you been told that the blood flow to your legs or feet is poor (peripheral arterial disease)?",
  },
} as const satisfies Record<string, SafetyQuestion>;

export type SafetyQuestionId = keyof typeof safetyQuestions;

export const safetyQuestionIds = Object.keys(safetyQuestions) as [
  SafetyQuestionId,
  ...SafetyQuestionId[],
];

/** The body-map question: `null`/absent = not answered, `[]` = "nowhere". */
export const reducedSensationQuestion =
  "Where on your body is feeling reduced or numb (you may not notice heat, cold or pressure there)?";
