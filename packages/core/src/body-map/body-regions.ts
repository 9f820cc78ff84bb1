/**
 * The body map's regions. Ids are stable: they are stored with every pain entry and safety
 * answer, so never rename one; add new ids instead. "left" and "right" are the person's own sides.
 */
export const bodyViews = ["front", "back"] as const;
export type BodyView = (typeof bodyViews)[number];

export const bodySides = ["left", "right", "centre"] as const;
export type BodySide = (typeof bodySides)[number];

/** Coarse parts, used by safety rules ("feet", "legs") and to group the region list. */
export const bodyParts = ["head", "neck", "trunk", "arm", "hand", "leg", "foot"] as const;
export type BodyPart = (typeof bodyParts)[number];

type RegionSeed = readonly [id: string, label: string, part: BodyPart];

const frontCentre: readonly RegionSeed[] = [
  ["face", "Face", "head"],
  ["neck-front", "Front of neck", "neck"],
  ["abdomen", "Belly", "trunk"],
  ["groin", "Groin and pelvis", "trunk"],
];
const frontSided: readonly RegionSeed[] = [
  ["chest", "chest", "trunk"],
  ["shoulder-front", "front of shoulder", "arm"],
  ["upper-arm-front", "front of upper arm", "arm"],
  ["forearm-front", "inner forearm", "arm"],
  ["palm", "palm", "hand"],
  ["fingers", "fingers", "hand"],
  ["thigh-front", "front of thigh", "leg"],
  ["knee", "knee", "leg"],
  ["shin", "shin", "leg"],
  ["foot-top", "top of foot", "foot"],
  ["toes", "toes", "foot"],
];
const backCentre: readonly RegionSeed[] = [
  ["head-back", "Back of head", "head"],
  ["neck-back", "Back of neck", "neck"],
];
const backSided: readonly RegionSeed[] = [
  ["upper-back", "upper back", "trunk"],
  ["lower-back", "lower back", "trunk"],
  ["buttock", "buttock", "trunk"],
  ["shoulder-back", "back of shoulder", "arm"],
  ["upper-arm-back", "back of upper arm", "arm"],
  ["elbow", "elbow", "arm"],
  ["forearm-back", "outer forearm", "arm"],
  ["hand-back", "back of hand", "hand"],
  ["thigh-back", "back of thigh", "leg"],
  ["calf", "calf", "leg"],
  ["heel", "heel", "foot"],
  ["sole", "sole of foot", "foot"],
];

export type BodyRegion = {
  id: string;
  label: string;
  view: BodyView;
  side: BodySide;
  part: BodyPart;
};

function centre(view: BodyView, [id, label, part]: RegionSeed): BodyRegion {
  return { id, label, view, side: "centre", part };
}

function sided(view: BodyView, [id, label, part]: RegionSeed): BodyRegion[] {
  return (["left", "right"] as const).map((side) => ({
    id: `${side}-${id}`,
    label: `${side === "left" ? "Left" : "Right"} ${label}`,
    view,
    side,
    part,
  }));
}

export const bodyRegions: readonly BodyRegion[] = [
  ...frontCentre.map((seed) => centre("front", seed)),
  ...frontSided.flatMap((seed) => sided("front", seed)),
  ...backCentre.map((seed) => centre("back", seed)),
  ...backSided.flatMap((seed) => sided("back", seed)),
];

export const bodyRegionIds = bodyRegions.map((region) => region.id);

const regionsById = new Map(bodyRegions.map((region) => [region.id, region]));

export function findBodyRegion(id: string): BodyRegion | undefined {
  return regionsById.get(id);
}

export function isBodyRegionId(id: string): boolean {
  return regionsById.has(id);
}

export function regionsOfPart(part: BodyPart): readonly BodyRegion[] {
  return bodyRegions.filter((region) => region.part === part);
}

/**
 * SNOMED CT body-structure codes for our regions. Empty on purpose: the clinical reference
 * (../shared/clinical/REFERENCE.md §5.2) verifies no body-structure codes, and we do not invent
 * codes. Fill an entry only with a code confirmed in the SNOMED CT browser.
 */
export const snomedBodyStructureByRegion: Readonly<Record<string, string>> = {};
