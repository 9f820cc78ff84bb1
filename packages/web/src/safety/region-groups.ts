import { bodyParts, bodyRegions, type BodyPart, type BodyRegion } from "@painplan/core";

const partNames: Readonly<Record<BodyPart, string>> = {
  head: "Head and face",
  neck: "Neck",
  trunk: "Chest, belly, back and hips",
  arm: "Shoulders and arms",
  hand: "Hands",
  leg: "Legs",
  foot: "Feet",
};

export type RegionGroup = { part: BodyPart; name: string; regions: readonly BodyRegion[] };

/**
 * The body regions grouped by part (feet together, hands together), in the order of the body
 * from head to feet, so a person can find "left sole" without scanning the whole list.
 */
export function regionGroups(): readonly RegionGroup[] {
  return bodyParts.map((part) => ({
    part,
    name: partNames[part],
    regions: bodyRegions.filter((region) => region.part === part),
  }));
}

/** Tick or untick every region of a group at once ("both feet"), keeping the others. */
export function toggleGroup(
  selected: readonly string[],
  group: RegionGroup,
  isChecked: boolean,
): string[] {
  const groupIds = new Set(group.regions.map((region) => region.id));
  const others = selected.filter((id) => !groupIds.has(id));
  return isChecked ? [...others, ...groupIds] : others;
}

export function toggleRegion(
  selected: readonly string[],
  regionId: string,
  isChecked: boolean,
): string[] {
  const others = selected.filter((id) => id !== regionId);
  return isChecked ? [...others, regionId] : others;
}
