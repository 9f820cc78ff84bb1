import type { AcupunctureTherapy, TypicalFrequency } from "../therapy.js";

/**
 * Acupuncture entries. Needles usually stay in 20–30 minutes, so with the talk before and after a
 * visit lasts 30–60 minutes; trials gave about 12 sessions over 8 weeks (REFERENCE §6.1).
 */

const onceOrTwiceAWeek: TypicalFrequency = {
  basis: "times-per-week",
  min: 1,
  max: 2,
  label: "Once or twice a week; trials in nerve pain gave about 12 sessions over 8 weeks",
};

/** Cautions for every kind of acupuncture (REFERENCE §3.2). */
const everyAcupuncture = [
  "Needles must be sterile, used once and placed by a licensed practitioner.",
  "With blood thinners, tell the acupuncturist: shallow needling with fine needles is advised. With a severe bleeding disorder, do not have acupuncture.",
  "No needles through broken, ulcerated, burned or infected skin. If your feet are numb, have them checked before needles go in the feet or legs.",
  "If you are pregnant, say so: some points are avoided.",
  "If your white blood cells are very low after chemotherapy, ask your cancer team first.",
  "Small bruises or spots of blood are common. Needles in the chest or upper back carry a rare risk of a punctured lung.",
  "A new pain nobody has explained should be checked by a doctor first.",
] as const;

export const acupunctureTherapies: readonly AcupunctureTherapy[] = [
  {
    id: "traditional-acupuncture",
    kind: "acupuncture",
    name: "Acupuncture",
    summary: "Very thin, sterile needles placed at chosen points and left in while you rest.",
    whatItIs:
      "Very thin, single-use needles go a short way into the skin at chosen points, are sometimes turned gently, and stay in place for a while. Traditional acupuncture comes from Chinese medicine; the practitioner chooses the points from their own assessment.",
    whatToExpect:
      "After questions about your health you lie or sit comfortably. Putting a needle in feels like a brief prick or nothing at all; a dull ache or heaviness around it is common. The needles stay in for 20–30 minutes while you rest. Give it several sessions over a few weeks before judging whether it helps.",
    typicalMinutes: { min: 30, max: 60 },
    typicalFrequency: onceOrTwiceAWeek,
    deliveredBy: {
      mode: "practitioner",
      who: "A licensed acupuncturist",
      detail:
        "Where the law allows, doctors and physical therapists with acupuncture training also practise it. Ask how they handle numb areas and blood thinners.",
    },
    evidence: {
      summary:
        "A Cochrane review found too little good evidence to be sure acupuncture helps nerve pain, while a later review of small trials and a trial in diabetic neuropathy found pain eased more than with sham acupuncture or routine care alone. The results are mixed and the trials small, so certainty is low.",
      certainty: "low",
      sources: [
        "ref-4.2-ju-2017",
        "ref-4.2-frontiers-neurology-2022",
        "ref-4.2-dietzel-2023",
        "ref-4.2-bao-2020",
        "ref-4.2-cipn-review",
      ],
    },
    precautions: everyAcupuncture,
    searchTerms: ["needles", "acupuncturist", "Chinese medicine", "TCM"],
  },
  {
    id: "electroacupuncture",
    kind: "acupuncture",
    name: "Electroacupuncture",
    summary: "Acupuncture with a mild electric pulse passed between pairs of needles.",
    whatItIs:
      "Acupuncture in which some needles are clipped to a small device that sends a mild electric pulse between them. The pulse gives steady stimulation instead of turning the needles by hand.",
    whatToExpect:
      "It starts like acupuncture; then the device is switched on and turned up until you feel a tapping, buzzing or gentle pulsing, which should never hurt. The needles stay in for 20–30 minutes. Say so at once if the feeling becomes strong or unpleasant.",
    typicalMinutes: { min: 30, max: 60 },
    typicalFrequency: onceOrTwiceAWeek,
    deliveredBy: {
      mode: "practitioner",
      who: "A licensed acupuncturist trained in electroacupuncture",
      detail: "Tell them about any implanted device before the first session.",
    },
    evidence: {
      summary:
        "Electroacupuncture is being tested for nerve damage from chemotherapy, but our clinical reference has no result for it on its own. The evidence for acupuncture in general is mixed.",
      certainty: "insufficient",
      sources: ["ref-3.2-nct04917796", "ref-4.2-ju-2017"],
    },
    precautions: [
      ...everyAcupuncture,
      "Not with a pacemaker, defibrillator (ICD), medicine pump or any other implanted electrical device.",
      "Not with epilepsy that is not under control.",
      "The current is never passed across the chest or the head.",
    ],
    searchTerms: ["electro-acupuncture", "electric acupuncture", "electrical stimulation", "EA"],
  },
];
