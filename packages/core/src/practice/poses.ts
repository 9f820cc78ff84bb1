import { yogaPoses } from "../therapies/catalog/yoga-poses.js";
import type { MovementTag, PoseId, PoseView } from "./practice-ids.js";
import type { Pose } from "./practice.schema.js";

/**
 * What a routine needs beyond the library's description of a pose: how the illustration shows
 * it, one round's time, and what the standard and the supported version ask of the body. The
 * movement tags follow the safety groups (core/safety/therapy-groups.ts): forward, side bends
 * and twists are what weak vertebrae break under (REFERENCE §7 G3; side bends are lateral
 * flexion, so we count them too), standing and balance poses are where falls happen (§3.3),
 * head-low poses are inversions (§3.3, §7 G9).
 */
const routineFacts: Record<
  PoseId,
  { view: PoseView; holdSeconds: number; movements: MovementTag[]; variantMovements: MovementTag[] }
> = {
  "yoga-cat-cow": {
    view: "side",
    holdSeconds: 60,
    movements: ["loaded-spinal-flexion", "floor"],
    variantMovements: ["loaded-spinal-flexion"],
  },
  "yoga-standing-forward-fold": {
    view: "side",
    holdSeconds: 30,
    movements: ["loaded-spinal-flexion", "standing", "inversion"],
    variantMovements: ["standing"],
  },
  "yoga-seated-forward-fold": {
    view: "side",
    holdSeconds: 45,
    movements: ["loaded-spinal-flexion", "floor"],
    variantMovements: ["loaded-spinal-flexion"],
  },
  "yoga-mountain": {
    view: "front",
    holdSeconds: 30,
    movements: ["standing", "standing-balance"],
    variantMovements: ["standing"],
  },
  "yoga-tree": {
    view: "front",
    holdSeconds: 60,
    movements: ["standing", "standing-balance"],
    variantMovements: ["standing", "standing-balance"],
  },
  "yoga-warrior-two": {
    view: "front",
    holdSeconds: 60,
    movements: ["standing", "standing-balance"],
    variantMovements: [],
  },
  "yoga-bridge": {
    view: "side",
    holdSeconds: 30,
    movements: ["floor", "inversion"],
    variantMovements: ["floor", "inversion"],
  },
  "yoga-childs-pose": {
    view: "side",
    holdSeconds: 60,
    movements: ["loaded-spinal-flexion", "floor"],
    variantMovements: ["loaded-spinal-flexion"],
  },
  "yoga-legs-up-the-wall": {
    view: "side",
    holdSeconds: 120,
    movements: ["floor", "inversion"],
    variantMovements: ["floor", "inversion"],
  },
  "yoga-supine-twist": {
    view: "front",
    holdSeconds: 60,
    movements: ["spinal-rotation", "floor"],
    variantMovements: ["spinal-rotation"],
  },
  "yoga-seated-side-bend": {
    view: "front",
    holdSeconds: 60,
    movements: ["spinal-side-bend"],
    variantMovements: ["spinal-side-bend"],
  },
  "yoga-sphinx": {
    view: "side",
    holdSeconds: 30,
    movements: ["prone", "floor"],
    variantMovements: ["standing"],
  },
};

/**
 * The routines' poses: the library's yoga poses (core/therapies/catalog) with what a routine
 * needs. The standard version's instructions are the library's summary; the supported version
 * (chair or wall) is the library's variant description.
 */
export const poses: readonly Pose[] = yogaPoses.map((libraryPose) => {
  const id = libraryPose.id as PoseId;
  const facts = routineFacts[id];
  return {
    id,
    name: libraryPose.name,
    view: facts.view,
    cues: [...libraryPose.cues],
    holdSeconds: facts.holdSeconds,
    variants: [
      { variant: "standard", instructions: libraryPose.whatItIs },
      { variant: libraryPose.supportedVariant, instructions: libraryPose.variantDescription },
    ],
    movements: facts.movements,
    variantMovements: facts.variantMovements,
  };
});

const posesById = new Map(poses.map((pose) => [pose.id, pose]));

/** The pose with this id; throws for an id that is not a pose (ids are checked by the schema). */
export function findPose(id: PoseId): Pose {
  const pose = posesById.get(id);
  if (pose === undefined) throw new Error(`Unknown pose ${id}`);
  return pose;
}

/** The supported version of a pose: chair or wall. */
export function supportedVariantOf(pose: Pose): "chair" | "wall" {
  const supported = pose.variants.find((variant) => variant.variant !== "standard");
  return supported?.variant === "wall" ? "wall" : "chair";
}
