import { bodyRegions, findBodyRegion, type BodyPart } from "../body-map/body-regions.js";

const partNames: Partial<Record<BodyPart, readonly [one: string, both: string]>> = {
  foot: ["foot", "feet"],
  hand: ["hand", "hands"],
  leg: ["leg", "legs"],
  arm: ["arm", "arms"],
};

function hasAll(ids: Set<string>, part: BodyPart, side: "left" | "right"): boolean {
  return bodyRegions
    .filter((region) => region.part === part && region.side === side)
    .every((region) => ids.has(region.id));
}

/**
 * Body areas in as few words as a therapist needs: a whole foot, hand, leg or arm is named as
 * such ("Both feet", "Left arm"), the rest by region label, in body-map order.
 */
export function describeAreas(regionIds: readonly string[]): string {
  const ids = new Set(regionIds);
  const words: string[] = [];
  const covered = new Set<string>();
  for (const [part, names] of Object.entries(partNames) as [
    BodyPart,
    readonly [string, string],
  ][]) {
    const left = hasAll(ids, part, "left");
    const right = hasAll(ids, part, "right");
    if (left && right) words.push(`Both ${names[1]}`);
    else if (left) words.push(`Left ${names[0]}`);
    else if (right) words.push(`Right ${names[0]}`);
    for (const region of bodyRegions) {
      const isWhole = (region.side === "left" && left) || (region.side === "right" && right);
      if (region.part === part && isWhole) covered.add(region.id);
    }
  }
  const rest = bodyRegions
    .filter((region) => ids.has(region.id) && !covered.has(region.id))
    .map((region) => region.label);
  const unknown = regionIds.filter((id) => findBodyRegion(id) === undefined);
  return [...words, ...rest, ...unknown].join(", ");
}
