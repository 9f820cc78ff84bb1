/**
 * The body figure's drawing: the outline of each region, shaped like the body part, drawn for
 * this project (no copied images). Coordinates are the figure's (viewBox 0 0 200 440, midline at
 * x = 100); each sided part is drawn once, on the viewer's left, and mirrored for the other side.
 */

/** Maps an x on the viewer's left half to where it is drawn (itself, or its mirror image). */
type XMap = (x: number) => number;

const keep: XMap = (x) => x;
const mirror: XMap = (x) => 200 - x;

const round = (value: number) => Math.round(value * 10) / 10;

/** A closed outline through points, every corner rounded by quadratic curves through midpoints. */
function smooth(points: readonly (readonly [number, number])[], x: XMap): string {
  const at = (index: number) => points[(index + points.length) % points.length] ?? [0, 0];
  const mid = (a: readonly [number, number], b: readonly [number, number]) =>
    `${round(x((a[0] + b[0]) / 2))} ${round((a[1] + b[1]) / 2)}`;
  const parts = [`M${mid(at(-1), at(0))}`];
  points.forEach((point, index) => {
    parts.push(`Q${round(x(point[0]))} ${round(point[1])} ${mid(point, at(index + 1))}`);
  });
  return `${parts.join(" ")} Z`;
}

/** An ellipse as a path (so every region is one `path`). */
function ellipse(cx: number, cy: number, rx: number, ry: number, x: XMap): string {
  const left = round(x(cx - rx));
  const right = round(x(cx + rx));
  return `M${left} ${cy} A${rx} ${ry} 0 1 0 ${right} ${cy} A${rx} ${ry} 0 1 0 ${left} ${cy} Z`;
}

/**
 * A limb segment from a joint to the next: top centre and half-width, bottom centre and
 * half-width, sides bulging out by `bulge` (a muscle), ends rounded.
 */
function limb(
  top: readonly [cx: number, y: number, halfWidth: number],
  bottom: readonly [cx: number, y: number, halfWidth: number],
  bulge: number,
  x: XMap,
): string {
  const [cx1, y1, w1] = top;
  const [cx2, y2, w2] = bottom;
  const midY = (y1 + y2) / 2;
  const midX = (cx1 + cx2) / 2;
  const midW = (w1 + w2) / 2 + bulge;
  return smooth(
    [
      [cx1 - w1, y1 - 1],
      [cx1 - w1 * 0.2, y1 - w1 * 0.5],
      [cx1 + w1 * 0.2, y1 - w1 * 0.5],
      [cx1 + w1, y1 - 1],
      [midX + midW, midY],
      [cx2 + w2, y2],
      [cx2, y2 + w2 * 0.6],
      [cx2 - w2, y2],
      [midX - midW, midY],
    ],
    x,
  );
}

/** A finger or toe: a thin capsule from (cx, top) to (cx, bottom) of the given half-width. */
function digit(cx: number, top: number, bottom: number, halfWidth: number, x: XMap): string {
  const left = round(x(cx - halfWidth));
  const right = round(x(cx + halfWidth));
  const r = halfWidth;
  return `M${left} ${top + r} A${r} ${r} 0 0 1 ${right} ${top + r} L${right} ${bottom - r} A${r} ${r} 0 0 1 ${left} ${bottom - r} Z`;
}

const fingers = (x: XMap) =>
  [
    digit(29.5, 240, 258, 2.6, x),
    digit(35, 240, 264, 2.7, x),
    digit(40.5, 240, 265, 2.7, x),
    digit(46, 240, 260, 2.6, x),
  ].join(" ");

const palm = (x: XMap) =>
  smooth(
    [
      [33, 212],
      [46, 212],
      [50, 226],
      [50, 242],
      [28, 242],
      [27, 237],
      // The thumb points away from the body (arms by the side, palms forward).
      [21, 236],
      [21, 229],
      [28, 225],
    ],
    x,
  );

/** Drawn outlines for one side's regions (by the id without "left-"/"right-"), viewer's left. */
const sidedDrawings: Readonly<Record<string, (x: XMap) => string>> = {
  chest: (x) =>
    smooth(
      [
        [100, 82],
        [72, 82],
        [62, 90],
        [62, 112],
        [64, 136],
        [84, 138],
        [100, 136],
      ],
      x,
    ),
  "shoulder-front": (x) => ellipse(53, 93, 11, 13, x),
  "shoulder-back": (x) => ellipse(53, 93, 11, 13, x),
  "upper-arm-front": (x) => limb([49, 104, 9.5], [45, 159, 7.5], 1.5, x),
  "upper-arm-back": (x) => limb([49, 104, 9.5], [46, 147, 8], 1.5, x),
  elbow: (x) => ellipse(45, 158, 8.5, 9.5, x),
  "forearm-front": (x) => limb([44, 162, 8], [39, 212, 6], 1.5, x),
  "forearm-back": (x) => limb([44, 169, 8], [39, 212, 6], 1.5, x),
  palm,
  fingers,
  "hand-back": (x) => `${palm(x)} ${fingers(x)}`,
  "thigh-front": (x) => limb([84, 222, 15], [86, 300, 10.5], 1.5, x),
  "thigh-back": (x) => limb([84, 222, 15], [86, 302, 10.5], 1.5, x),
  knee: (x) => ellipse(86, 314, 11.5, 12.5, x),
  shin: (x) => limb([86, 328, 10.5], [86, 394, 6.5], 0.5, x),
  calf: (x) => limb([86, 306, 10.5], [86, 394, 6.5], 3, x),
  "foot-top": (x) =>
    smooth(
      [
        [80, 395],
        [93, 395],
        [97, 414],
        [66, 414],
        [72, 404],
      ],
      x,
    ),
  toes: (x) =>
    [
      ellipse(67.5, 421, 3, 4, x),
      ellipse(74, 423, 3.2, 4.5, x),
      ellipse(80.5, 424, 3.4, 5, x),
      ellipse(87.5, 425, 3.6, 5.5, x),
      ellipse(94, 424, 4, 6.5, x),
    ].join(" "),
  heel: (x) => ellipse(86, 404, 9, 7.5, x),
  sole: (x) =>
    smooth(
      [
        [80, 416],
        [94, 417],
        [96, 428],
        [88, 434],
        [74, 433],
        [72, 424],
      ],
      x,
    ),
  "upper-back": (x) =>
    smooth(
      [
        [100, 82],
        [72, 82],
        [62, 90],
        [63, 116],
        [66, 140],
        [100, 140],
      ],
      x,
    ),
  "lower-back": (x) =>
    smooth(
      [
        [100, 142],
        [66, 142],
        [64, 164],
        [66, 186],
        [100, 186],
      ],
      x,
    ),
  buttock: (x) =>
    smooth(
      [
        [100, 188],
        [68, 188],
        [66, 206],
        [76, 220],
        [92, 220],
        [100, 214],
      ],
      x,
    ),
};

/** Drawn outlines for regions on the midline, by region id. */
const centreDrawings: Readonly<Record<string, string>> = {
  face: ellipse(100, 37, 20, 27, keep),
  "head-back": ellipse(100, 37, 20, 27, keep),
  "neck-front": smooth(
    [
      [91, 60],
      [109, 60],
      [110, 76],
      [116, 83],
      [84, 83],
      [90, 76],
    ],
    keep,
  ),
  "neck-back": smooth(
    [
      [91, 60],
      [109, 60],
      [110, 76],
      [116, 83],
      [84, 83],
      [90, 76],
    ],
    keep,
  ),
  abdomen: smooth(
    [
      [64, 136],
      [84, 138],
      [100, 136],
      [116, 138],
      [136, 136],
      [138, 160],
      [134, 186],
      [66, 186],
      [62, 160],
    ],
    keep,
  ),
  groin: smooth(
    [
      [66, 187],
      [134, 187],
      [136, 206],
      [130, 221],
      [108, 222],
      [100, 230],
      [92, 222],
      [70, 221],
      [64, 206],
    ],
    keep,
  ),
};

/**
 * The outline of a region, or undefined for an id that is not drawn. `seed` is the id without
 * its side; `mirrored` draws it on the viewer's right half.
 */
export function regionDrawing(
  regionId: string,
  seed: string,
  isCentre: boolean,
  mirrored: boolean,
): string | undefined {
  if (isCentre) return centreDrawings[regionId];
  return sidedDrawings[seed]?.(mirrored ? mirror : keep);
}
