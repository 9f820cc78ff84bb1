import {
  bodyParts,
  bodyRegions,
  findBodyRegion,
  regionsOfPart,
  type BodyPart,
  type BodyRegion,
  type FieldError,
  type PainQualityId,
} from "@painplan/core";

/** One chosen region: how strong the pain is there (if said) and how it feels. */
export type RegionMark = {
  regionId: string;
  intensity: number | null;
  qualities: readonly PainQualityId[];
};

export type BodyMapValue = readonly RegionMark[];

const regionOrder = new Map(bodyRegions.map((region, index) => [region.id, index]));

function inRegionOrder(marks: BodyMapValue): BodyMapValue {
  return [...marks].sort(
    (a, b) => (regionOrder.get(a.regionId) ?? 0) - (regionOrder.get(b.regionId) ?? 0),
  );
}

export function isMarked(value: BodyMapValue, regionId: string): boolean {
  return value.some((mark) => mark.regionId === regionId);
}

export function markOf(value: BodyMapValue, regionId: string): RegionMark | undefined {
  return value.find((mark) => mark.regionId === regionId);
}

/** Adds a region (with no intensity yet) or takes it away again. */
export function toggleRegion(value: BodyMapValue, regionId: string): BodyMapValue {
  if (isMarked(value, regionId)) return value.filter((mark) => mark.regionId !== regionId);
  return inRegionOrder([...value, { regionId, intensity: null, qualities: [] }]);
}

export function setRegionIntensity(
  value: BodyMapValue,
  regionId: string,
  intensity: number | null,
): BodyMapValue {
  return value.map((mark) => (mark.regionId === regionId ? { ...mark, intensity } : mark));
}

export function toggleRegionQuality(
  value: BodyMapValue,
  regionId: string,
  quality: PainQualityId,
): BodyMapValue {
  return value.map((mark) => {
    if (mark.regionId !== regionId) return mark;
    const qualities = mark.qualities.includes(quality)
      ? mark.qualities.filter((id) => id !== quality)
      : [...mark.qualities, quality];
    return { ...mark, qualities };
  });
}

const partNames: Readonly<Record<BodyPart, string>> = {
  head: "Head and face",
  neck: "Neck",
  trunk: "Chest, belly, back and hips",
  arm: "Shoulders and arms",
  hand: "Hands and fingers",
  leg: "Legs",
  foot: "Feet and toes",
};

export type RegionGroup = { part: BodyPart; name: string; regions: readonly BodyRegion[] };

/** The region list's groups: hands and feet get their own group, as they are often affected. */
export function regionGroups(): readonly RegionGroup[] {
  return bodyParts.map((part) => ({ part, name: partNames[part], regions: regionsOfPart(part) }));
}

/** Regions picked on the map but not rated yet: the only check the contract cannot make. */
export function unratedRegionProblems(regions: BodyMapValue, question: string): FieldError[] {
  return regions.flatMap((mark, index) => {
    if (mark.intensity !== null) return [];
    const label = findBodyRegion(mark.regionId)?.label ?? mark.regionId;
    return [
      {
        path: `regions.${index}.intensity`,
        message: `Choose a number for your ${label.toLowerCase()} (${question}), or remove it.`,
      },
    ];
  });
}
