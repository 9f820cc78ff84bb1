/**
 * Stable ids of every therapy the library describes and a plan can hold. The catalog
 * (therapy-catalog.ts) and the safety rules (../safety) both key on these; never rename one.
 */
export const therapyKinds = ["massage", "acupuncture", "yoga", "mindfulness", "other"] as const;
export type TherapyKind = (typeof therapyKinds)[number];

export const therapyIdsByKind = {
  massage: [
    "swedish-massage",
    "deep-tissue-massage",
    "trigger-point-therapy",
    "myofascial-release",
    "oncology-massage",
    "manual-lymphatic-drainage",
  ],
  acupuncture: ["traditional-acupuncture", "electroacupuncture"],
  yoga: [
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
  ],
  mindfulness: ["body-scan", "progressive-muscle-relaxation", "guided-imagery", "paced-breathing"],
  other: ["medication", "physical-therapy", "tens", "exercise"],
} as const satisfies Record<TherapyKind, readonly string[]>;

export type TherapyId = (typeof therapyIdsByKind)[TherapyKind][number];

export const therapyIds = Object.values(therapyIdsByKind).flat() as readonly TherapyId[];

const kindById = new Map<string, TherapyKind>(
  Object.entries(therapyIdsByKind).flatMap(([kind, ids]) =>
    ids.map((id) => [id, kind as TherapyKind] as const),
  ),
);

export function isTherapyId(id: string): id is TherapyId {
  return kindById.has(id);
}

export function kindOfTherapy(id: TherapyId): TherapyKind {
  const kind = kindById.get(id);
  if (kind === undefined) throw new Error(`Unknown therapy ${id}`);
  return kind;
}
