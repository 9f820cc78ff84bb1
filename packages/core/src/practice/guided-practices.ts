import type { GuidedPracticeId, PracticeKind } from "./practice-ids.js";
import { practiceLimits } from "./practice-ids.js";
import type { BreathingPattern, Practice } from "./practice.schema.js";
import { timeScript, type PracticeScript, type PracticeUnit } from "./step-timing.js";

/**
 * The pacer's default breath: in for 4 seconds, out for 6, no hold. A slow, comfortable pace
 * chosen by us, not a clinical rule (the clinical reference gives no breathing rate); no hold
 * because breath holding is one of the strains the reference asks people with diabetic eye
 * disease to avoid (REFERENCE §7 G18). The player lets a person change it.
 */
export const defaultBreathingPattern: BreathingPattern = {
  inhaleSeconds: 4,
  holdSeconds: 0,
  exhaleSeconds: 6,
};

/** "Start small": a first practice lasts three minutes (issue 15). */
export const startingPracticeMinutes = 3;

const settle =
  "Find a position that is comfortable for you, sitting or lying down. Close your eyes if you like, or let your gaze rest on one spot.";

const pacedBreathing: PracticeScript = {
  intro: `${settle} For the next few minutes you only need to follow the breath on the screen.`,
  close:
    "Let the breath find its own pace again. Notice how you feel now, without judging it. When you are ready, open your eyes and move gently.",
  unitSeconds: 60,
  units: [
    ["in-nose", "Breathe in through your nose as the circle grows, and out slowly as it shrinks."],
    ["soft-belly", "Let your belly soften as you breathe in. There is nothing to force."],
    ["long-out", "Let each breath out be a little longer than the breath in, like a slow sigh."],
    ["wander", "If your mind wanders, that is fine. Notice it, and come back to the next breath."],
    ["shoulders", "Let your shoulders drop a little with each breath out."],
  ].map(([id, text]) =>
    unit(id ?? "", [{ suffix: "breathe", text: text ?? "", breathing: defaultBreathingPattern }]),
  ),
};

/** Muscle groups for progressive relaxation, tightened at about half strength only. */
const relaxationGroups: readonly (readonly [id: string, tighten: string, release: string])[] = [
  [
    "hands",
    "Make soft fists with both hands, about half as hard as you could.",
    "Let your hands open and rest. Notice the difference between tight and loose.",
  ],
  [
    "arms",
    "Bend your elbows and gently tighten the muscles of your arms.",
    "Let your arms go heavy and rest. Feel the warmth or tingling as they let go.",
  ],
  [
    "shoulders",
    "Lift your shoulders a little toward your ears.",
    "Let them drop. Notice the space between your shoulders and your ears.",
  ],
  [
    "face",
    "Gently scrunch your face: eyes, forehead and jaw.",
    "Let your face go soft. Unclench your jaw and let your tongue rest.",
  ],
  [
    "belly",
    "Tighten your belly a little, as if bracing for a gentle push.",
    "Let your belly go soft and your breath move freely again.",
  ],
  [
    "thighs",
    "Press your knees together gently to tighten your thighs.",
    "Let your legs fall slightly apart and rest.",
  ],
  [
    "lower-legs",
    "Press your heels gently into the floor to tighten your calves.",
    "Let your lower legs rest. Nothing to do here.",
  ],
];

const progressiveRelaxation: PracticeScript = {
  intro: `${settle} You will tighten one part of the body gently, then let it go. Use only about half your strength, and leave out any part that hurts or is numb: just rest it.`,
  close:
    "Let your whole body rest, heavy and supported. Breathe slowly for a moment. When you are ready, wiggle your fingers and toes and open your eyes.",
  unitSeconds: 30,
  units: relaxationGroups.map(([id, tighten, release]) =>
    unit(id, [
      { suffix: "tighten", text: tighten, fixedSeconds: 5 },
      { suffix: "release", text: release },
    ]),
  ),
};

const guidedImagery: PracticeScript = {
  intro: `${settle} Picture a place where you feel safe and at ease. It can be real or imagined.`,
  close:
    "Know that you can come back to this place whenever you want. Slowly let the picture fade, notice the room around you, and open your eyes when you are ready.",
  unitSeconds: 45,
  units: [
    [
      "arrive",
      "Imagine arriving in your place. Take your time. Notice where you are standing or sitting.",
    ],
    ["see", "Look around. What colours do you see? What is near, and what is far away?"],
    ["hear", "Listen. Perhaps there is water, wind, birds, or a comfortable quiet."],
    ["feel", "Notice the air on your skin. Is it warm or cool? What is under your hands?"],
    ["smell", "Breathe in. Is there a scent here, of grass, the sea, or something you like?"],
    ["rest", "Let yourself rest here. There is nowhere else to be for now."],
    ["ease", "With each breath out, let your body feel a little more at ease in this place."],
  ].map(([id, text]) => unit(id ?? "", [{ suffix: "imagine", text: text ?? "" }])),
};

function unit(id: string, parts: PracticeUnit["parts"]): PracticeUnit {
  return { id, parts };
}

type LibraryEntry = { script: PracticeScript; title: string; summary: string };

const library = {
  "paced-breathing": {
    script: pacedBreathing,
    title: "Paced breathing",
    summary: "Slow, even breathing following a circle that grows and shrinks.",
  },
  "progressive-muscle-relaxation": {
    script: progressiveRelaxation,
    title: "Progressive relaxation",
    summary: "Gently tighten and let go of one part of the body at a time.",
  },
  "guided-imagery": {
    script: guidedImagery,
    title: "Guided imagery",
    summary: "Rest in a calm place you picture in your mind.",
  },
} as const satisfies Record<Exclude<GuidedPracticeId, "body-scan">, LibraryEntry>;

/** The guided practices built from a fixed script (the body scan is built per person). */
export const scriptedPracticeIds = Object.keys(library) as (keyof typeof library)[];
export type ScriptedPracticeId = keyof typeof library;

/** Whether `minutes` is a whole number of minutes a guided practice can last (1–20). */
export function isGuidedLength(minutes: number): boolean {
  return (
    Number.isInteger(minutes) &&
    minutes >= practiceLimits.guidedMinutesMin &&
    minutes <= practiceLimits.guidedMinutesMax
  );
}

/**
 * A scripted guided practice timed to `minutes` (1–20): its steps add up to exactly
 * `minutes * 60` seconds. Throws a RangeError for any other length (the API refuses it first).
 */
export function buildGuidedPractice(id: ScriptedPracticeId, minutes: number): Practice {
  if (!isGuidedLength(minutes))
    throw new RangeError(`A practice lasts 1 to 20 minutes, not ${minutes}`);
  const entry: LibraryEntry = library[id];
  const kind = kindOfScripted(id);
  return {
    id,
    kind,
    title: entry.title,
    summary: entry.summary,
    minutes,
    totalSeconds: minutes * 60,
    steps: timeScript(entry.script, minutes * 60),
  };
}

/** One entry of the practice library as a list shows it (the body scan is built per person). */
export type GuidedPracticeSummary = {
  id: GuidedPracticeId;
  kind: Exclude<PracticeKind, "yoga-routine">;
  title: string;
  summary: string;
};

/** The guided practices, for the library list: the body scan first, then the scripted ones. */
export const guidedPracticeList: readonly GuidedPracticeSummary[] = [
  {
    id: "body-scan",
    kind: "body-scan",
    title: "Body scan",
    summary: "Move your attention slowly through the body; painful areas come last, gently.",
  },
  ...scriptedPracticeIds.map((id) => {
    const { title, summary } = buildGuidedPractice(id, startingPracticeMinutes);
    return { id, kind: kindOfScripted(id), title, summary };
  }),
];

function kindOfScripted(
  id: ScriptedPracticeId,
): Exclude<PracticeKind, "yoga-routine" | "body-scan"> {
  return id === "progressive-muscle-relaxation" ? "progressive-relaxation" : id;
}
