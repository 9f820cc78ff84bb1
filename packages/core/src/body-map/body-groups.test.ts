import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeAreas } from "../safety/describe-areas.js";
import { bodyMapGroups, regionIdsOfGroup } from "./body-groups.js";
import { findBodyRegion } from "./body-regions.js";

describe("body map groups", () => {
  it("both feet and both hands are every foot and hand region, on both sides", () => {
    expect(regionIdsOfGroup("both-feet")).toHaveLength(8);
    expect(regionIdsOfGroup("both-hands")).toHaveLength(6);
    for (const id of regionIdsOfGroup("both-hands")) expect(findBodyRegion(id)?.part).toBe("hand");
    expect(describeAreas(regionIdsOfGroup("both-feet"))).toBe("Both feet");
    expect(describeAreas(regionIdsOfGroup("both-hands"))).toBe("Both hands");
  });

  it("below the knee: shins, calves and feet, not the knees or thighs", () => {
    const ids = regionIdsOfGroup("both-legs-below-knee");
    expect(ids).toEqual(
      expect.arrayContaining(["left-shin", "right-shin", "left-calf", "right-calf", "left-sole"]),
    );
    expect(ids).not.toContain("left-knee");
    expect(ids).not.toContain("right-thigh-front");
    expect(ids).toHaveLength(12);
  });

  it("every id in every group is a real region, and a group names each region once", () => {
    fc.assert(
      fc.property(fc.constantFrom(...bodyMapGroups), (group) => {
        expect(new Set(group.regionIds).size).toBe(group.regionIds.length);
        for (const id of group.regionIds) expect(findBodyRegion(id)).toBeDefined();
        const sides = new Set(group.regionIds.map((id) => findBodyRegion(id)?.side));
        expect(sides).toEqual(new Set(["left", "right"]));
      }),
    );
  });
});
