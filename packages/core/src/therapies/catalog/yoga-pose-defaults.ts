import type { YogaPose } from "../therapy.js";

/**
 * What every yoga pose shares. The research tested whole yoga programmes, never one pose, so the
 * evidence is the same for each; a pose differs in its description, support, cues and precautions.
 */
export type YogaPoseOwnFields = Pick<
  YogaPose,
  | "id"
  | "name"
  | "summary"
  | "whatItIs"
  | "whatToExpect"
  | "searchTerms"
  | "supportedVariant"
  | "variantDescription"
  | "cues"
  | "avoidIf"
> & {
  /** Cautions particular to this pose, added after the ones every pose shares. */
  extraPrecautions?: readonly string[];
};

/** Balance, feet and heat cautions for yoga with neuropathy (REFERENCE §3.3). */
const everyPose = [
  "Use a chair or a wall for support in standing and balance poses, and move slowly between positions.",
  "Practise on a non-slip surface. If your feet are numb, wear grippy socks or shoes and check your feet for marks afterwards.",
  "Avoid hot or heated yoga, especially with multiple sclerosis or numb skin.",
  "If you get dizzy when you stand up, rise slowly and pause before moving on.",
  "Stop if a pose brings on sharp, shooting or spreading pain.",
] as const;

export function yogaPose({ extraPrecautions = [], ...own }: YogaPoseOwnFields): YogaPose {
  return {
    ...own,
    kind: "yoga",
    // A pose is practised inside a short home routine, not booked as a session, so its time is
    // the routine's (5–15 minutes), shorter than the 60-minute classes the trials used.
    typicalMinutes: { min: 5, max: 15 },
    typicalFrequency: {
      basis: "times-per-week",
      min: 2,
      max: 5,
      label: "Two to five times a week; the trials used 60-minute classes twice a week",
    },
    deliveredBy: {
      mode: "self-guided",
      who: "You, after learning it from a yoga teacher",
      detail:
        "A yoga teacher experienced with neuropathy or older adults can set up the support and check your position; then you can practise at home.",
    },
    evidence: {
      summary:
        "Studies tested yoga programmes, not single poses: small trials in chemotherapy nerve damage and diabetic neuropathy found better balance and daily function, but pain did not drop clearly more than with usual care. For back pain, a Cochrane review found small gains, about the same as other exercise, so certainty is low.",
      certainty: "low",
      sources: [
        "ref-4.3-bao-2020",
        "ref-4.3-knoerl-2022",
        "ref-3.3-kanjirathingal-2021",
        "ref-4.3-wieland-2022",
      ],
    },
    precautions: [...everyPose, ...extraPrecautions],
  };
}
