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

/** Are all of these regions chosen? (A shortcut button shows as pressed then.) */
export function hasAllRegions(value: BodyMapValue, regionIds: readonly string[]): boolean {
  return regionIds.length > 0 && regionIds.every((id) => isMarked(value, id));
}

/**
 * A shortcut such as "both feet": adds the regions not chosen yet (those already chosen keep
 * their numbers and feelings), or, when all are chosen already, takes them all away. A new
 * region starts with the shared intensity and feelings when every chosen area has the same, so
 * "same for all" stays true after adding a group.
 */
export function toggleRegions(value: BodyMapValue, regionIds: readonly string[]): BodyMapValue {
  if (hasAllRegions(value, regionIds)) {
    const removed = new Set(regionIds);
    return value.filter((mark) => !removed.has(mark.regionId));
  }
  const shared = sharedMark(value);
  const added = regionIds
    .filter((id) => !isMarked(value, id))
    .map((regionId) => ({
      regionId,
      intensity: shared?.intensity ?? null,
      qualities: shared?.qualities ?? [],
    }));
  return inRegionOrder([...value, ...added]);
}

/**
 * What every chosen area has in common: the intensity when all have the same one (else null)
 * and the feelings every area has. Undefined when nothing is chosen.
 */
export function sharedMark(
  value: BodyMapValue,
): { intensity: number | null; qualities: readonly PainQualityId[] } | undefined {
  const [first, ...rest] = value;
  if (first === undefined) return undefined;
  const intensity = rest.every((mark) => mark.intensity === first.intensity)
    ? first.intensity
    : null;
  const qualities = first.qualities.filter((quality) =>
    rest.every((mark) => mark.qualities.includes(quality)),
  );
  return { intensity, qualities };
}

/** The same intensity for every chosen area. */
export function setAllIntensities(value: BodyMapValue, intensity: number | null): BodyMapValue {
  return value.map((mark) => ({ ...mark, intensity }));
}

/**
 * A feeling for every chosen area: added to all when some area lacks it, taken from all when
 * every area has it (the checkbox shows ticked only then).
 */
export function toggleAllQualities(value: BodyMapValue, quality: PainQualityId): BodyMapValue {
  const everyHasIt = value.every((mark) => mark.qualities.includes(quality));
  return value.map((mark) => {
    const others = mark.qualities.filter((id) => id !== quality);
    return { ...mark, qualities: everyHasIt ? others : [...others, quality] };
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
