import { therapyIdsByKind, type TherapyId } from "../therapies/therapy-ids.js";

/**
 * The groups of therapies the safety rules speak about. Rules name these groups, never a loose
 * list, so a therapy added to the catalog lands in the right rules by being added here.
 */

/** Forceful work: what the reference means by "deep or vigorous" massage (§3.1). */
export const deepMassage: readonly TherapyId[] = [
  "deep-tissue-massage",
  "trigger-point-therapy",
  "myofascial-release",
];

/** Gentle hands-on work, possible with light pressure where deep work is not. */
export const lightMassage: readonly TherapyId[] = [
  "swedish-massage",
  "oncology-massage",
  "manual-lymphatic-drainage",
];

export const allMassage: readonly TherapyId[] = therapyIdsByKind.massage;

export const acupuncture: readonly TherapyId[] = therapyIdsByKind.acupuncture;

/** Electrical stimulation through the body: electroacupuncture and TENS. */
export const electricalStimulation: readonly TherapyId[] = ["electroacupuncture", "tens"];

export const allYoga: readonly TherapyId[] = therapyIdsByKind.yoga;

/** Poses done standing, where a fall can happen (§3.3). */
export const standingYoga: readonly TherapyId[] = [
  "yoga-mountain",
  "yoga-tree",
  "yoga-warrior-two",
  "yoga-standing-forward-fold",
];

/** Poses that bend the spine forward, sideways or twist it: the load weak vertebrae break under (§7 G3). */
export const spineFlexionOrTwistYoga: readonly TherapyId[] = [
  "yoga-cat-cow",
  "yoga-standing-forward-fold",
  "yoga-seated-forward-fold",
  "yoga-childs-pose",
  "yoga-supine-twist",
  "yoga-seated-side-bend",
];

/** Poses with the head below the heart, where a drop in blood pressure shows (§7 G9). */
export const headLowYoga: readonly TherapyId[] = [
  "yoga-standing-forward-fold",
  "yoga-bridge",
  "yoga-legs-up-the-wall",
];

/** Poses lying on the belly (§7 G12). */
export const proneYoga: readonly TherapyId[] = ["yoga-sphinx"];

/** Movement practices outside yoga. */
export const movement: readonly TherapyId[] = ["exercise", "physical-therapy"];

/**
 * Hands-on, needle or electrode work on the skin: what a wound, burn, rash or a hot, swollen or
 * injured area rules out locally (§3.1, §3.2, §7 G1 and G16).
 */
export const skinContact: readonly TherapyId[] = [...allMassage, ...acupuncture, "tens"];

/**
 * Everything a warning sign, or a fever (§7 G2), puts on hold until a clinician has seen it. Mindfulness practices and
 * prescribed medication are left out: neither adds a physical risk.
 */
export const physicalTherapies: readonly TherapyId[] = [
  ...allMassage,
  ...acupuncture,
  ...allYoga,
  "tens",
  ...movement,
];
