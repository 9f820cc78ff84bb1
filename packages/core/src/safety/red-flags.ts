import type { SafetySourceId } from "./safety-sources.js";

/**
 * Red flags (reference §3.4, and §7 G7 for a suddenly warm, swollen foot): signs that call for medical care before any self-management.
 * "emergency" means emergency services now; "urgent" means a clinician today (same-day care).
 * Ids are stored with intake answers and pre-session checks: never rename one.
 */
export type RedFlagUrgency = "urgent" | "emergency";

export type RedFlag = {
  /** The question, in plain words, answered yes or no. */
  question: string;
  urgency: RedFlagUrgency;
  sourceId: SafetySourceId;
};

export const redFlags = {
  "spreading-weakness": {
    question:
      "Weakness, numbness or tingling that is spreading over hours or days, trouble walking, or trouble breathing or swallowing?",
    urgency: "emergency",
    sourceId: "ref-3.4-guillain-barre",
  },
  "sudden-one-sided-weakness": {
    question:
      "Sudden weakness in one area, a drooping face, slurred or changed speech, or an arm that drifts down?",
    urgency: "emergency",
    sourceId: "ref-3.4-stroke",
  },
  "saddle-numbness-or-bladder-change": {
    question:
      "New numbness between the legs or around the bottom, new trouble controlling your bladder or bowels, or leg weakness with back pain?",
    urgency: "emergency",
    sourceId: "ref-3.4-cauda-equina",
  },
  "breathlessness-or-chest-pain": {
    question: "Sudden shortness of breath, chest pain, fainting or coughing up blood?",
    urgency: "emergency",
    sourceId: "ref-3.4-pulmonary-embolism",
  },
  "self-harm-thoughts": {
    question: "Thoughts of harming yourself or ending your life?",
    urgency: "emergency",
    sourceId: "ref-3.4-self-harm",
  },
  "foot-infection-signs": {
    question:
      "A sore or break in the skin of a foot with redness, streaks, warmth, swelling, pus, a bad smell, or blue or black skin?",
    urgency: "urgent",
    sourceId: "ref-3.4-diabetic-foot-infection",
  },
  "foot-sore-with-fever": {
    question: "A sore on a foot, together with a fever that has lasted more than a day?",
    urgency: "urgent",
    sourceId: "ref-3.4-diabetic-foot-infection",
  },
  "lasting-new-numbness": {
    question: "New numbness that has come on and does not go away?",
    urgency: "urgent",
    sourceId: "ref-3.4-diabetic-foot-infection",
  },
  "sudden-warm-swollen-foot": {
    question:
      "One foot that has suddenly become warm, red or swollen, even without a wound or pain?",
    urgency: "urgent",
    sourceId: "ref-7-g7-charcot-foot",
  },
  "one-sided-leg-swelling": {
    question: "One calf or leg that is swollen, warm, red or painful?",
    urgency: "urgent",
    sourceId: "ref-3.4-dvt",
  },
  "fever-with-back-pain-or-cancer-pain": {
    question:
      "Fever with new, severe back pain, new pain after a cancer diagnosis, or weight loss you cannot explain?",
    urgency: "urgent",
    sourceId: "ref-3.4-infection-malignancy",
  },
} as const satisfies Record<string, RedFlag>;

export type RedFlagId = keyof typeof redFlags;

export const redFlagIds = Object.keys(redFlags) as [RedFlagId, ...RedFlagId[]];
