import { bodyRegions, type BodyPart } from "./body-regions.js";

/**
 * Groups of body-map regions that people name together ("both feet", "both hands"): one tap
 * instead of eight for the usual pattern of pain in feet and hands (issue 14). A shortcut for the
 * interface only, not a clinical rule: what is stored is always the region ids, never the group.
 * The safety sheet names the same wholes in words (safety/describe-areas.ts).
 */
export const bodyMapGroupIds = ["both-feet", "both-legs-below-knee", "both-hands"] as const;
export type BodyMapGroupId = (typeof bodyMapGroupIds)[number];

/** A group: its plain-words name and the region ids it stands for, in body-map order. */
export type BodyMapGroup = { id: BodyMapGroupId; label: string; regionIds: readonly string[] };

/** Regions below the knee that are not part of the foot (the knee itself is not included). */
const lowerLegSeeds = new Set(["shin", "calf"]);

function isBelowKnee(region: { id: string; part: BodyPart; side: string }): boolean {
  if (region.part === "foot") return true;
  if (region.part !== "leg" || region.side === "centre") return false;
  return lowerLegSeeds.has(region.id.slice(region.side.length + 1));
}

function idsWhere(keep: (region: (typeof bodyRegions)[number]) => boolean): readonly string[] {
  return bodyRegions.filter(keep).map((region) => region.id);
}

/** Every group with its region ids (both sides, front and back). */
export const bodyMapGroups: readonly BodyMapGroup[] = [
  { id: "both-feet", label: "Both feet", regionIds: idsWhere((r) => r.part === "foot") },
  {
    id: "both-legs-below-knee",
    label: "Both legs below the knee",
    regionIds: idsWhere(isBelowKnee),
  },
  { id: "both-hands", label: "Both hands", regionIds: idsWhere((r) => r.part === "hand") },
];

/** The region ids of a group. */
export function regionIdsOfGroup(id: BodyMapGroupId): readonly string[] {
  return bodyMapGroups.find((group) => group.id === id)?.regionIds ?? [];
}
