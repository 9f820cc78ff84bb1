import type { DeliveredBy, MindfulnessPractice, TypicalFrequency } from "../therapy.js";

/**
 * Mindfulness and relaxation practices. They are done alone and daily, so they are short
 * (5–30 minutes) rather than 30–90-minute appointments; mindfulness courses meet weekly for longer
 * (8 weekly 2-hour groups, REFERENCE §6.1) and ask for short daily practice in between.
 */

const dailyOrMostDays: TypicalFrequency = {
  basis: "times-per-week",
  min: 5,
  max: 7,
  label: "Daily or most days; a short practice often beats a long one now and then",
};

const selfGuided: DeliveredBy = {
  mode: "self-guided",
  who: "You, with a recording or an app, or in a class",
  detail:
    "A mindfulness course or a psychologist can teach it; after that you can practise alone at home.",
};

const everyPractice = [
  "If a practice brings up strong distress, open your eyes, stop and notice the room around you; if it keeps happening, talk with a mental-health professional.",
  "Paying attention to the body can make pain stand out at first. You can move your attention elsewhere at any time.",
  "These practices go alongside medical care and do not replace it.",
] as const;

const notAssessedRelaxation = (what: string) => ({
  summary: `Our clinical reference has no study of ${what} on its own for nerve pain, so we do not rate it. The nearest evidence, trials of mindfulness meditation for chronic pain, found a small drop in pain and better mood, from low-quality evidence.`,
  certainty: "not-assessed" as const,
  sources: ["ref-4.4-hilton-2017" as const],
});

export const mindfulnessPractices: readonly MindfulnessPractice[] = [
  {
    id: "body-scan",
    kind: "mindfulness",
    name: "Body scan",
    summary: "Move your attention slowly through the body, noticing without judging.",
    whatItIs:
      "A mindfulness practice in which you move your attention slowly from the feet to the head, noticing whatever is there (warmth, pressure, tingling, pain or nothing) without trying to change it. It is one of the core practices of mindfulness courses.",
    whatToExpect:
      "You lie or sit comfortably, usually following a recorded voice. The mind wanders often; noticing that and coming back is the practice. Many people feel calmer; some notice their pain more at first.",
    typicalMinutes: { min: 10, max: 30 },
    typicalFrequency: dailyOrMostDays,
    deliveredBy: selfGuided,
    evidence: {
      summary:
        "In a review of 38 trials of mindfulness meditation for chronic pain, pain dropped a little on average, with clearer gains in mood and quality of life; the evidence was of low quality. In back pain, an 8-week mindfulness course helped about as many people as CBT and more than usual care.",
      certainty: "low",
      sources: ["ref-4.4-hilton-2017", "ref-4.4-cherkin-2016"],
    },
    precautions: everyPractice,
    searchTerms: ["mindfulness", "meditation", "MBSR", "body awareness"],
    steps: [
      "Lie down or sit comfortably; close your eyes or rest your gaze on the floor.",
      "Take a few slow breaths and feel where your body touches the surface under you.",
      "Bring your attention to your toes, then move it slowly up through the feet, legs, belly, back, hands, arms, shoulders, neck and head.",
      "At each place, notice what is there without trying to change it.",
      "When your mind wanders, notice it and gently come back to where you were.",
      "If a place is very painful, breathe with it for a moment and move on, or skip it.",
      "Finish with a few breaths feeling the whole body, then open your eyes slowly.",
    ],
  },
  {
    id: "progressive-muscle-relaxation",
    kind: "mindfulness",
    name: "Progressive muscle relaxation",
    summary: "Tense and then release one muscle group at a time to feel the difference.",
    whatItIs:
      "A relaxation method in which you gently tense one group of muscles for a few seconds, then let go and notice the release, moving through the body group by group.",
    whatToExpect:
      "You sit or lie comfortably, often following a recording. The contrast between tension and letting go helps you notice and release tension you were holding without knowing.",
    typicalMinutes: { min: 10, max: 20 },
    typicalFrequency: dailyOrMostDays,
    deliveredBy: selfGuided,
    evidence: notAssessedRelaxation("progressive muscle relaxation"),
    precautions: [
      ...everyPractice,
      "Tense gently, at about half effort: hard tensing can set off cramp or pain, especially in the feet and calves.",
      "Skip any area that is injured or very painful, and keep breathing while you tense.",
    ],
    searchTerms: ["PMR", "muscle relaxation", "Jacobson", "tense and release"],
    steps: [
      "Sit or lie comfortably and take a few slow breaths.",
      "Start with the hands: make a gentle fist for about five seconds and notice the tension.",
      "Let go all at once and notice the difference for about fifteen seconds.",
      "Move on in the same way through the arms, shoulders, face, belly, legs and feet.",
      "Use gentle tension only, and skip any area where it brings on pain or cramp.",
      "End with a few slow breaths, letting the whole body rest.",
    ],
  },
  {
    id: "guided-imagery",
    kind: "mindfulness",
    name: "Guided imagery",
    summary: "Picture a calm place in detail, using all your senses, to settle body and mind.",
    whatItIs:
      "A relaxation practice in which you imagine a peaceful scene in detail (what you see, hear, smell and feel), usually led by a recorded voice.",
    whatToExpect:
      "You sit or lie with your eyes closed and follow the voice or your own picture. It can be a short break from pain and worry; it does not need to be vivid to work.",
    typicalMinutes: { min: 10, max: 20 },
    typicalFrequency: dailyOrMostDays,
    deliveredBy: selfGuided,
    evidence: notAssessedRelaxation("guided imagery"),
    precautions: everyPractice,
    searchTerms: ["visualisation", "visualization", "imagery", "relaxation"],
    steps: [
      "Sit or lie comfortably and close your eyes.",
      "Breathe slowly for a minute.",
      "Picture a place where you feel safe and at ease, real or imagined.",
      "Fill in the details with each sense: what you see, hear and smell, and what you feel on your skin.",
      "If you like, picture your pain as a shape or colour and let it soften.",
      "After a few minutes, let the picture fade, notice the room, and open your eyes.",
    ],
  },
  {
    id: "paced-breathing",
    kind: "mindfulness",
    name: "Paced breathing",
    summary: "Breathe slowly, with the out-breath longer than the in-breath.",
    whatItIs:
      "Slow breathing at about six breaths a minute, with a longer out-breath, to settle the body's stress response.",
    whatToExpect:
      "You count as you breathe in and out, or follow a timer. It can be done anywhere, including during a flare-up or before sleep.",
    typicalMinutes: { min: 5, max: 10 },
    typicalFrequency: dailyOrMostDays,
    deliveredBy: selfGuided,
    evidence: notAssessedRelaxation("paced breathing"),
    precautions: [
      ...everyPractice,
      "Stop and breathe normally if you feel light-headed.",
      "With lung or heart disease, keep the counts comfortable and ask your clinician about breathing exercises.",
    ],
    searchTerms: ["slow breathing", "breathing exercise", "diaphragmatic breathing", "breath"],
    steps: [
      "Sit upright with your shoulders relaxed and one hand on your belly.",
      "Breathe in through your nose for a count of four, letting the belly rise.",
      "Breathe out slowly through your nose or pursed lips for a count of six.",
      "Keep this gentle rhythm for a few minutes.",
      "If you feel light-headed, stop and breathe normally.",
    ],
  },
];
