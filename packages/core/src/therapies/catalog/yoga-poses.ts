import type { YogaPose } from "../therapy.js";
import { yogaPose } from "./yoga-pose-defaults.js";

/** REFERENCE §3.3 marks this one unverified (to confirm with ADA exercise guidance); we keep it to be safe. */
const headLowEyeCaution =
  "Diabetic eye disease (proliferative retinopathy): avoid head-low positions and straining unless your eye doctor agrees.";

/** Yoga poses, each with a supported variant, because neuropathy makes balance unreliable. */
export const yogaPoses: readonly YogaPose[] = [
  yogaPose({
    id: "yoga-cat-cow",
    name: "Cat–cow",
    summary: "Slowly round and arch the back in time with the breath.",
    whatItIs:
      "A gentle flowing movement between rounding the back (cat) and lifting the chest (cow), done on hands and knees or sitting.",
    whatToExpect:
      "You move back and forth with your breath for five to ten rounds. It warms up the spine and often opens a practice.",
    searchTerms: ["cat cow", "marjaryasana", "bitilasana", "spine warm-up"],
    supportedVariant: "chair",
    variantDescription:
      "Seated cat–cow: sit near the front of a sturdy chair, feet flat, hands on your knees. Breathe in and lift the chest; breathe out and round the back.",
    cues: [
      "Move with your breath: in as the chest lifts, out as the back rounds.",
      "Keep the movement small and smooth; there is no need to reach the end of the range.",
      "Let the head follow the spine, without dropping or cranking the neck.",
    ],
    avoidIf: ["A recent back or neck injury, until your clinician says movement is fine."],
  }),
  yogaPose({
    id: "yoga-standing-forward-fold",
    name: "Standing forward fold",
    summary: "Hinge forward from the hips to lengthen the back and the backs of the legs.",
    whatItIs:
      "From standing, you fold forward from the hips with soft knees, letting the back lengthen and the backs of the legs stretch.",
    whatToExpect:
      "A stretch along the back of the legs and the spine, held for a few breaths. The supported half fold keeps your head above your heart and your hands on something steady.",
    searchTerms: ["forward bend", "uttanasana", "half forward fold", "ardha uttanasana"],
    supportedVariant: "chair",
    variantDescription:
      "Half fold at a chair: stand facing the back of a sturdy chair or a counter, hands on it, and step back until your back is long and level with the floor, knees soft.",
    cues: [
      "Bend at the hips, not the waist, and keep the knees soft.",
      "Keep your hands on the support the whole time.",
      "Come up slowly, chest first, and pause before walking away.",
    ],
    avoidIf: [
      "Dizziness when standing up or low blood pressure: do the seated forward fold instead.",
      headLowEyeCaution,
    ],
  }),
  yogaPose({
    id: "yoga-seated-forward-fold",
    name: "Seated forward fold",
    summary: "Sitting, fold forward from the hips toward the legs.",
    whatItIs:
      "Sitting with the legs in front of you, you fold forward from the hips to stretch the back and the backs of the legs.",
    whatToExpect:
      "A calm, gentle stretch held for several breaths. On a chair there is no getting down to the floor and no balance to keep.",
    searchTerms: ["seated forward bend", "paschimottanasana"],
    supportedVariant: "chair",
    variantDescription:
      "Sit on a chair with feet flat, then hinge forward from the hips, sliding your hands down your thighs toward your shins.",
    cues: [
      "Lead with the chest and keep the back long.",
      "Fold only as far as you can keep breathing easily.",
      "Bend the knees if the backs of the legs pull.",
    ],
    avoidIf: [
      "Recent back surgery, or a disc problem that flares with bending: ask your clinician first.",
    ],
  }),
  yogaPose({
    id: "yoga-mountain",
    name: "Mountain pose",
    summary: "Stand tall and steady, feeling your weight spread through both feet.",
    whatItIs:
      "Standing upright with the feet under the hips, arms relaxed and weight spread evenly; the base of every standing pose.",
    whatToExpect:
      "It looks like simply standing, but you pay attention to balance and posture for a few slow breaths. It trains the sense of where your feet are.",
    searchTerms: ["tadasana", "standing pose", "balance"],
    supportedVariant: "wall",
    variantDescription:
      "Stand with your back close to a wall, or side-on with one hand on it, feet hip-width apart.",
    cues: [
      "Spread your weight evenly over both feet; look down at them if you cannot feel them.",
      "Soften the knees and let the arms hang.",
      "Breathe slowly for five breaths.",
    ],
    avoidIf: [],
  }),
  yogaPose({
    id: "yoga-tree",
    name: "Tree pose",
    summary: "Balance on one leg with the other foot resting low on the standing leg.",
    whatItIs:
      "A balance pose: standing on one leg, you rest the other foot against the standing leg and lengthen up.",
    whatToExpect:
      "Wobbling is normal and is part of the training. With a hand on the wall and the other foot's toes still on the floor you can practise balance safely.",
    searchTerms: ["vrksasana", "vrikshasana", "balance", "one leg"],
    supportedVariant: "wall",
    variantDescription:
      "Stand side-on to a wall with one hand on it. Rest the other heel on your standing ankle with the toes on the floor, like a kickstand.",
    cues: [
      "Keep a hand on the wall the whole time.",
      "Rest the lifted foot on the ankle or calf, never on the knee.",
      "Look at one still point in front of you.",
    ],
    avoidIf: ["Frequent falls or very poor balance: do mountain pose at the wall instead."],
  }),
  yogaPose({
    id: "yoga-warrior-two",
    name: "Warrior II",
    summary: "A wide stance with one knee bent and the arms stretched out to the sides.",
    whatItIs:
      "A standing pose with the legs wide, the front knee bent over the ankle and the arms reaching out to the front and back; it builds leg strength.",
    whatToExpect:
      "The legs work hard for a few breaths. The chair version gives the same shape and strength work without the balance challenge.",
    searchTerms: ["virabhadrasana", "warrior 2", "warrior two", "strength"],
    supportedVariant: "chair",
    variantDescription:
      "Sit sideways on a sturdy chair with the front thigh on the seat and the back leg stretched behind you, foot on the floor, arms reaching out.",
    cues: [
      "Keep the front knee over the ankle, not past the toes.",
      "Reach through both arms and let the shoulders drop away from the ears.",
      "Stay for three to five breaths, then change sides.",
    ],
    avoidIf: [
      "A hip or knee replacement with movement limits: check with your surgeon or physical therapist.",
    ],
  }),
  yogaPose({
    id: "yoga-bridge",
    name: "Bridge",
    summary: "Lying on your back, lift the hips to strengthen the back of the body.",
    whatItIs:
      "Lying on your back with knees bent and feet flat, you press through the feet to lift the hips, then lower slowly.",
    whatToExpect:
      "The buttocks and backs of the thighs work, and the front of the hips stretches. You need to lie down: if getting to the floor is hard, practise on a firm bed.",
    searchTerms: ["setu bandhasana", "hip lift", "glute bridge"],
    supportedVariant: "wall",
    variantDescription:
      "Lie with your feet flat on a wall, knees bent at a right angle, and press gently into the wall to lift the hips a little.",
    cues: [
      "Breathe out as you lift and in as you lower.",
      "Lift only as high as is comfortable; the neck stays relaxed.",
      "Keep the knees pointing straight ahead.",
    ],
    avoidIf: ["Neck pain or injury made worse by weight on the upper back.", headLowEyeCaution],
  }),
  yogaPose({
    id: "yoga-childs-pose",
    name: "Child's pose",
    summary: "A resting fold with the forehead supported and the back softening.",
    whatItIs:
      "A resting position: kneeling, you sit back toward the heels and fold forward with the forehead down and the arms resting.",
    whatToExpect:
      "A quiet rest for the back and the breath, held for as long as it is comfortable. The chair version needs no kneeling.",
    searchTerms: ["balasana", "rest pose", "resting pose"],
    supportedVariant: "chair",
    variantDescription:
      "Sit on a chair and fold forward onto a pillow on your lap, or rest your forearms and head on a table in front of you.",
    cues: [
      "Let the breath move into your back.",
      "Widen the knees if your belly or hips feel squashed.",
      "Rest your forehead on a support so the neck can relax.",
    ],
    avoidIf: ["Recent knee surgery or knees that cannot bend fully: use the chair version."],
  }),
  yogaPose({
    id: "yoga-legs-up-the-wall",
    name: "Legs up the wall",
    summary: "Lie on your back with your legs resting up a wall.",
    whatItIs:
      "A restful pose lying on your back with the hips close to a wall and the legs resting up it.",
    whatToExpect:
      "The wall holds the legs, so nothing needs to work; many people use it to unwind. Coming down and getting up take a little care.",
    searchTerms: ["viparita karani", "legs up", "restorative"],
    supportedVariant: "wall",
    variantDescription:
      "Lie with your hips near a wall and your legs resting up it; for less stretch, rest your calves on the seat of a chair instead.",
    cues: [
      "Let the wall take the weight of your legs.",
      "Move your hips further from the wall if the backs of the legs pull.",
      "Roll onto your side and pause before sitting up.",
    ],
    avoidIf: [headLowEyeCaution, "Feeling faint when you sit up afterwards."],
  }),
  yogaPose({
    id: "yoga-supine-twist",
    name: "Reclined twist",
    summary: "A gentle twist of the spine, lying down or seated.",
    whatItIs:
      "Lying on your back, you let both bent knees fall to one side while the shoulders stay down, giving the spine a gentle twist.",
    whatToExpect:
      "A mild stretch through the back and hips, held for a few breaths on each side. The seated version on a chair is easier to get into and out of.",
    searchTerms: ["supta matsyendrasana", "spinal twist", "seated twist"],
    supportedVariant: "chair",
    variantDescription:
      "Seated twist: sit sideways on a chair and turn gently toward the chair back, holding it with both hands.",
    cues: [
      "Lengthen up as you breathe in, turn a little more as you breathe out.",
      "Turn from the middle of the back; do not pull hard with the arms.",
      "Stay well within easy range, shoulders relaxed.",
    ],
    avoidIf: [
      "Osteoporosis or weak bones: avoid deep or forced twisting.",
      "Recent back surgery: ask your surgeon first.",
    ],
  }),
  yogaPose({
    id: "yoga-seated-side-bend",
    name: "Seated side bend",
    summary: "Sitting tall, reach one arm overhead and bend gently to the side.",
    whatItIs:
      "Sitting tall, you reach one arm up and over your head and lean gently to the other side to stretch the side of the body.",
    whatToExpect:
      "A stretch along the side of the trunk and under the arm, with steady support from the seat.",
    searchTerms: ["parsva sukhasana", "side stretch", "side bend"],
    supportedVariant: "chair",
    variantDescription:
      "Sit on a chair, hold the seat with one hand, and reach the other arm up and over.",
    cues: [
      "Keep both sitting bones on the seat.",
      "Lengthen up before you bend sideways.",
      "Breathe into the stretched side for three breaths.",
    ],
    avoidIf: [],
    extraPrecautions: ["If a shoulder is painful or stiff, keep that hand on your hip instead."],
  }),
  yogaPose({
    id: "yoga-sphinx",
    name: "Sphinx",
    summary: "A gentle backbend propped on the forearms.",
    whatItIs:
      "Lying on your belly, you prop yourself up on your forearms and lift the chest, a mild backbend.",
    whatToExpect:
      "A gentle arch in the lower back and an opening across the chest. The standing version at a wall avoids lying on the floor.",
    searchTerms: ["salamba bhujangasana", "backbend", "cobra"],
    supportedVariant: "wall",
    variantDescription:
      "Standing sphinx: stand facing a wall, forearms on it at shoulder height, and lean in gently, lifting the chest.",
    cues: [
      "Press the forearms into the floor or wall and draw the shoulders away from the ears.",
      "Lift the chest only as far as the lower back is comfortable.",
      "Keep the neck long and the gaze forward.",
    ],
    avoidIf: ["Back pain that worsens when you arch backwards.", "Pregnancy (lying on the belly)."],
  }),
];
