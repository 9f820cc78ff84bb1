import type { TherapyId } from "../therapies/therapy-ids.js";

/**
 * What a practitioner offers, from the therapy library: the massage types, acupuncture (incl.
 * electroacupuncture), yoga therapy and mindfulness teaching. Each maps to the library's therapy
 * ids, so the person's safety verdicts (keyed by therapy id) apply to practitioners too.
 */
export const practitionerModalities = [
  "swedish-massage",
  "deep-tissue-massage",
  "trigger-point-therapy",
  "myofascial-release",
  "oncology-massage",
  "manual-lymphatic-drainage",
  "traditional-acupuncture",
  "electroacupuncture",
  "yoga-therapy",
  "mindfulness-teaching",
] as const;
export type PractitionerModality = (typeof practitionerModalities)[number];

const yogaTherapyIds: readonly TherapyId[] = [
  "yoga-cat-cow",
  "yoga-standing-forward-fold",
  "yoga-seated-forward-fold",
  "yoga-mountain",
  "yoga-tree",
  "yoga-warrior-two",
  "yoga-bridge",
  "yoga-childs-pose",
  "yoga-legs-up-the-wall",
  "yoga-supine-twist",
  "yoga-seated-side-bend",
  "yoga-sphinx",
];
const mindfulnessIds: readonly TherapyId[] = [
  "body-scan",
  "progressive-muscle-relaxation",
  "guided-imagery",
  "paced-breathing",
];

/** The library therapies a modality stands for (yoga therapy: every pose; the worst verdict counts). */
export function therapyIdsOfModality(modality: PractitionerModality): readonly TherapyId[] {
  if (modality === "yoga-therapy") return yogaTherapyIds;
  if (modality === "mindfulness-teaching") return mindfulnessIds;
  return [modality];
}

export const modalityLabels: Readonly<Record<PractitionerModality, string>> = {
  "swedish-massage": "Swedish massage",
  "deep-tissue-massage": "Deep tissue massage",
  "trigger-point-therapy": "Trigger point therapy",
  "myofascial-release": "Myofascial release",
  "oncology-massage": "Oncology massage",
  "manual-lymphatic-drainage": "Manual lymphatic drainage",
  "traditional-acupuncture": "Acupuncture",
  electroacupuncture: "Electroacupuncture",
  "yoga-therapy": "Yoga therapy",
  "mindfulness-teaching": "Mindfulness teaching",
};

/** One bit per modality, for the indexed search filter (`modality_mask & wanted <> 0`). */
export function modalityMask(modalities: readonly PractitionerModality[]): number {
  let mask = 0;
  for (const modality of modalities) mask |= 1 << practitionerModalities.indexOf(modality);
  return mask;
}

export function modalitiesOfMask(mask: number): PractitionerModality[] {
  return practitionerModalities.filter((_, index) => (mask & (1 << index)) !== 0);
}
