/**
 * Line drawings of the yoga poses, drawn for PainPlan (no copied images): each a few SVG paths
 * in a 200 × 160 box with the floor at y = 150, a head (a circle of radius 10) and the props it
 * uses (a chair, a wall). Side views face left. `full` is the pose as usually taught, `supported`
 * its chair or wall version (the one the catalog names as `supportedVariant`).
 */

/** One drawing: the body's lines, the head, the props and what it shows in words. */
export type PoseDrawing = {
  /** Text alternative: what the picture shows, including the view. */
  description: string;
  head: { x: number; y: number };
  /** The body (SVG path data), drawn thick. */
  body: string[];
  /** Chair, wall, table, pillow (SVG path data), drawn thinner; the floor is always drawn. */
  props: string[];
};

export type PoseDrawingPair = { full: PoseDrawing; supported: PoseDrawing };

/** A chair seen from the side, seat front at x 80, back at x 125 (the person faces left). */
const chairSide = "M80 110 H125 M84 110 V150 M121 110 V150 M125 110 V58";
/** A chair seen from the front. */
const chairFront = "M70 110 H130 M73 110 V150 M127 110 V150 M74 110 V64 H126 V110";
const wallRight = "M178 8 V150";
const wallLeft = "M16 8 V150";

/** Sitting on `chairSide`, thighs level, feet on the floor: the hips, thighs and shins. */
const seatedLegs = "M112 106 L78 106 L78 150";

export const poseDrawings: Record<string, PoseDrawingPair> = {
  "yoga-cat-cow": {
    full: {
      description:
        "Side view: on hands and knees, hands under the shoulders, knees under the hips, the back gently rounded up.",
      head: { x: 38, y: 114 },
      body: [
        "M52 104 Q90 78 130 104",
        "M52 104 L44 110",
        "M52 104 L50 150",
        "M130 104 L132 150 L176 150",
      ],
      props: [],
    },
    supported: {
      description:
        "Side view: sitting near the front of a chair, feet flat, hands on the knees, the back gently rounded.",
      head: { x: 86, y: 50 },
      body: ["M112 106 Q120 76 96 60", "M96 60 L86 84 L80 104", seatedLegs],
      props: [chairSide],
    },
  },
  "yoga-standing-forward-fold": {
    full: {
      description:
        "Side view: standing with soft knees, folding forward from the hips, head and arms hanging down.",
      head: { x: 92, y: 122 },
      body: ["M112 76 Q86 74 84 108", "M84 108 L80 146", "M112 76 L116 112 L110 150"],
      props: [],
    },
    supported: {
      description:
        "Side view: standing behind a chair with the hands on its back, stepped back so the back is long and level, knees soft.",
      head: { x: 72, y: 78 },
      body: ["M140 90 L88 84", "M88 84 L62 60", "M140 90 L134 120 L140 150"],
      props: ["M20 110 H60 M24 110 V150 M57 110 V150 M60 110 V58"],
    },
  },
  "yoga-seated-forward-fold": {
    full: {
      description:
        "Side view: sitting on the floor with the legs out in front, leaning forward from the hips, hands resting on the shins.",
      head: { x: 86, y: 110 },
      body: ["M140 144 Q130 116 100 112", "M100 112 L78 140", "M140 144 L60 146"],
      props: [],
    },
    supported: {
      description:
        "Side view: sitting on a chair with feet flat, leaning forward from the hips, hands sliding down the thighs toward the shins.",
      head: { x: 76, y: 68 },
      body: ["M112 106 L86 76", "M86 76 L80 100 L78 124", seatedLegs],
      props: [chairSide],
    },
  },
  "yoga-mountain": {
    full: {
      description: "Front view: standing tall, feet hip-width apart, arms relaxed by the sides.",
      head: { x: 100, y: 28 },
      body: [
        "M100 38 L100 95",
        "M100 95 L90 150",
        "M100 95 L110 150",
        "M100 48 L86 95",
        "M100 48 L114 95",
      ],
      props: [],
    },
    supported: {
      description: "Front view: standing tall beside a wall with one hand resting on it.",
      head: { x: 120, y: 28 },
      body: [
        "M120 38 L120 95",
        "M120 95 L110 150",
        "M120 95 L130 150",
        "M120 48 L106 95",
        "M120 48 L150 66 L178 62",
      ],
      props: [wallRight],
    },
  },
  "yoga-tree": {
    full: {
      description:
        "Front view: standing on one leg, the other foot resting against the inside of the standing leg, palms together at the chest.",
      head: { x: 100, y: 28 },
      body: [
        "M100 38 L100 95",
        "M100 95 L96 150",
        "M100 95 L124 116 L100 124",
        "M100 50 L86 66 L100 72",
        "M100 50 L114 66 L100 72",
      ],
      props: [],
    },
    supported: {
      description:
        "Front view: standing beside a wall with one hand on it, the other heel resting on the standing ankle with the toes on the floor.",
      head: { x: 120, y: 28 },
      body: [
        "M120 38 L120 95",
        "M120 95 L116 150",
        "M120 95 L132 124 L122 144 L132 150",
        "M120 48 L150 66 L178 62",
        "M120 48 L106 92",
      ],
      props: [wallRight],
    },
  },
  "yoga-warrior-two": {
    full: {
      description:
        "Front view: a wide stance with the front knee bent over the ankle, the back leg straight, arms stretched out to the sides.",
      head: { x: 100, y: 28 },
      body: ["M100 38 L100 95", "M100 95 L70 116 L64 150", "M100 95 L150 150", "M50 52 L150 52"],
      props: [],
    },
    supported: {
      description:
        "Front view: sitting sideways on a chair, the front thigh on the seat, the back leg stretched out behind with the foot on the floor, arms out to the sides.",
      head: { x: 100, y: 40 },
      body: ["M100 50 L100 104", "M100 104 L72 106 L68 150", "M100 104 L160 150", "M54 62 L146 62"],
      props: ["M70 110 H130 M73 110 V150 M127 110 V150"],
    },
  },
  "yoga-bridge": {
    full: {
      description:
        "Side view: lying on the back with knees bent and feet flat, the hips lifted a little, arms on the floor.",
      head: { x: 36, y: 140 },
      body: ["M50 144 L112 112", "M112 112 L150 98 L156 148", "M52 146 L100 148"],
      props: [],
    },
    supported: {
      description:
        "Side view: lying on the back with the feet flat on a wall, knees bent at a right angle, the hips lifted a little.",
      head: { x: 28, y: 140 },
      body: ["M42 146 L104 130", "M104 130 L140 96 L178 96", "M44 147 L94 148"],
      props: [wallRight],
    },
  },
  "yoga-childs-pose": {
    full: {
      description:
        "Side view: kneeling, sitting back toward the heels and folding forward, forehead near the floor, arms stretched forward.",
      head: { x: 54, y: 138 },
      body: ["M132 126 Q104 104 68 128", "M68 128 L20 146", "M132 128 L84 146 L142 148"],
      props: [],
    },
    supported: {
      description:
        "Side view: sitting on a chair and folding forward to rest the chest on a pillow on the lap, arms hanging loose.",
      head: { x: 70, y: 98 },
      body: ["M112 106 Q100 80 80 90", "M80 90 L76 128", seatedLegs],
      props: [chairSide, "M80 100 Q96 88 112 100"],
    },
  },
  "yoga-legs-up-the-wall": {
    full: {
      description:
        "Side view: lying on the back with the hips near a wall and both legs resting straight up the wall.",
      head: { x: 30, y: 140 },
      body: ["M44 146 L160 146", "M160 146 L170 52", "M50 147 L96 148"],
      props: [wallRight],
    },
    supported: {
      description:
        "Side view: lying on the back with the calves resting on the seat of a chair, knees bent.",
      head: { x: 26, y: 140 },
      body: ["M40 146 L108 146", "M108 146 L132 104 L172 104", "M46 147 L90 148"],
      props: ["M130 110 H175 M134 110 V150 M171 110 V150 M175 110 V58"],
    },
  },
  "yoga-supine-twist": {
    full: {
      description:
        "Front view, from above: lying on the back, arms out to the sides, both bent knees lowered gently to one side.",
      head: { x: 100, y: 28 },
      body: ["M100 38 L100 100", "M50 52 L150 52", "M100 100 L138 110 L130 144"],
      props: [],
    },
    supported: {
      description:
        "Side view: sitting sideways on a chair and turning gently toward the chair back, holding it with both hands.",
      head: { x: 104, y: 44 },
      body: ["M104 106 L102 56", "M102 66 L124 72", "M102 66 L124 84", "M104 106 L70 106 L70 150"],
      props: [chairSide],
    },
  },
  "yoga-seated-side-bend": {
    full: {
      description:
        "Front view: sitting cross-legged on the floor, one hand on the floor, the other arm reaching up and over to the side.",
      head: { x: 82, y: 50 },
      body: [
        "M60 146 Q100 128 140 146",
        "M100 140 Q104 100 90 62",
        "M92 70 Q110 30 60 34",
        "M96 84 L130 144",
      ],
      props: [],
    },
    supported: {
      description:
        "Front view: sitting on a chair, one hand holding the seat, the other arm reaching up and over to the side.",
      head: { x: 82, y: 38 },
      body: [
        "M100 106 Q104 80 90 50",
        "M92 58 Q112 22 60 26",
        "M96 70 L126 108",
        "M88 106 L88 150",
        "M112 106 L112 150",
      ],
      props: [chairFront],
    },
  },
  "yoga-sphinx": {
    full: {
      description:
        "Side view: lying on the front, propped up on the forearms with the elbows under the shoulders, chest gently lifted.",
      head: { x: 50, y: 96 },
      body: ["M190 148 L100 146", "M100 146 Q80 138 60 112", "M60 112 L58 146 L24 146"],
      props: [],
    },
    supported: {
      description:
        "Side view: standing facing a wall, forearms on the wall at shoulder height, leaning in gently with the chest lifted.",
      head: { x: 46, y: 50 },
      body: ["M92 150 L82 100 L56 64", "M56 64 L18 88 L18 58"],
      props: [wallLeft],
    },
  },
};
