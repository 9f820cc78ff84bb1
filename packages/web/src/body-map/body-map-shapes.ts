import { bodyRegions, type BodyRegion, type BodyView } from "@painplan/core";
import { regionDrawing } from "./body-drawing";

/**
 * A region on the figure (viewBox 0 0 200 440): `d`, its outline shaped like the body part, and
 * its tap target, a rectangle around it. Targets never overlap, so a tap always means one region.
 */
export type RegionShape = {
  regionId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Corner radius of the target: large for the head, small for fingers. */
  radius: number;
  /** The drawn outline (an SVG path). */
  d: string;
  /** Where the intensity badge sits: the middle of the drawn part (not of the larger target). */
  badgeX: number;
  badgeY: number;
};

export const figureWidth = 200;
export const figureHeight = 440;

type Box = readonly [x: number, y: number, width: number, height: number, radius?: number];

/**
 * Boxes for one side of the body, drawn on the viewer's left half of the figure. On the front
 * view the viewer's left is the person's right; on the back view it is the person's left.
 * The other side is the mirror image.
 */
const frontSideBoxes: Readonly<Record<string, Box>> = {
  chest: [62, 84, 37, 50],
  "shoulder-front": [40, 80, 21, 24, 10],
  "upper-arm-front": [36, 106, 22, 52],
  "forearm-front": [30, 161, 22, 52],
  palm: [26, 216, 25, 24],
  fingers: [24, 242, 27, 24, 8],
  "thigh-front": [70, 222, 29, 78],
  knee: [72, 302, 27, 24, 10],
  shin: [74, 328, 24, 66],
  "foot-top": [68, 396, 30, 18],
  toes: [64, 416, 34, 18, 8],
};

const backSideBoxes: Readonly<Record<string, Box>> = {
  "upper-back": [62, 84, 37, 56],
  "lower-back": [66, 142, 33, 44],
  buttock: [68, 188, 31, 32, 12],
  "shoulder-back": [40, 80, 21, 24, 10],
  "upper-arm-back": [36, 106, 22, 40],
  elbow: [34, 148, 22, 20, 10],
  "forearm-back": [30, 170, 22, 44],
  "hand-back": [26, 216, 25, 48],
  "thigh-back": [70, 222, 29, 80],
  calf: [72, 304, 26, 90],
  heel: [70, 396, 28, 18, 8],
  sole: [66, 416, 32, 18, 8],
};

/**
 * Larger tap targets than the drawn parts, where the figure has room (out into the empty space
 * beside arms, hands and legs), so more of them reach 44 CSS px on a phone. Parts not listed
 * here take their drawn box. Targets never overlap each other or cross the midline.
 */
const frontSideTargets: Readonly<Record<string, Box>> = {
  "shoulder-front": [28, 78, 33, 26, 10],
  "upper-arm-front": [14, 106, 44, 52],
  "forearm-front": [8, 160, 47, 53],
  palm: [4, 215, 48, 26],
  fingers: [4, 243, 48, 26, 8],
  "thigh-front": [55, 222, 44, 78],
  knee: [55, 302, 44, 24, 10],
  shin: [55, 328, 44, 66],
  "foot-top": [50, 396, 49, 19],
  toes: [50, 417, 49, 20, 8],
};

const backSideTargets: Readonly<Record<string, Box>> = {
  "shoulder-back": [28, 78, 33, 26, 10],
  "upper-arm-back": [14, 106, 44, 40],
  elbow: [10, 148, 48, 20, 10],
  "forearm-back": [8, 170, 47, 44],
  "hand-back": [4, 216, 48, 52],
  "thigh-back": [55, 222, 44, 80],
  calf: [55, 304, 44, 90],
  heel: [50, 396, 49, 19, 8],
  sole: [50, 417, 49, 20, 8],
};

const centreBoxes: Readonly<Record<string, Box>> = {
  face: [78, 10, 44, 56, 22],
  "head-back": [78, 10, 44, 56, 22],
  "neck-front": [89, 66, 22, 16],
  "neck-back": [89, 66, 22, 16],
  abdomen: [66, 136, 68, 50],
  groin: [70, 188, 60, 32, 10],
};

/** Which side of the person is drawn on the viewer's left half of each view. */
const sideOnViewerLeft: Readonly<Record<BodyView, "left" | "right">> = {
  front: "right",
  back: "left",
};

function seedOf(region: BodyRegion): string {
  return region.side === "centre" ? region.id : region.id.slice(region.side.length + 1);
}

function toShape(
  region: BodyRegion,
  [x, y, width, height, radius = 6]: Box,
  drawn: Box,
  mirrored: boolean,
): RegionShape {
  const d = regionDrawing(region.id, seedOf(region), region.side === "centre", mirrored) ?? "";
  const [drawnX, drawnY, drawnWidth, drawnHeight] = drawn;
  const badgeX = drawnX + drawnWidth / 2;
  return {
    regionId: region.id,
    x,
    y,
    width,
    height,
    radius,
    d,
    badgeX: mirrored ? figureWidth - badgeX : badgeX,
    badgeY: drawnY + drawnHeight / 2,
  };
}

function shapeOf(region: BodyRegion): RegionShape | undefined {
  const seed = seedOf(region);
  if (region.side === "centre") {
    const box = centreBoxes[seed];
    return box === undefined ? undefined : toShape(region, box, box, false);
  }
  const boxes = region.view === "front" ? frontSideBoxes : backSideBoxes;
  const targets = region.view === "front" ? frontSideTargets : backSideTargets;
  const box = boxes[seed];
  if (box === undefined) return undefined;
  const target = targets[seed] ?? box;
  if (region.side === sideOnViewerLeft[region.view]) return toShape(region, target, box, false);
  const shape = toShape(region, target, box, true);
  return { ...shape, x: figureWidth - shape.x - shape.width };
}

/** Every region's shape on its view, in the order of the region list. */
export function shapesOfView(view: BodyView): readonly RegionShape[] {
  return bodyRegions
    .filter((region) => region.view === view)
    .map(shapeOf)
    .filter((shape) => shape !== undefined);
}

/** The labels under each figure, so nobody has to work out mirror images. */
export function sideLabels(view: BodyView): { viewerLeft: string; viewerRight: string } {
  return view === "front"
    ? { viewerLeft: "Your right", viewerRight: "Your left" }
    : { viewerLeft: "Your left", viewerRight: "Your right" };
}
