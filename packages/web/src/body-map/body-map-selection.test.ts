import { bodyRegions } from "@painplan/core";
import { describe, expect, test } from "vitest";
import {
  isMarked,
  markOf,
  regionGroups,
  setRegionIntensity,
  toggleRegion,
  toggleRegionQuality,
} from "./body-map-selection";

describe("body map selection", () => {
  test("toggling adds a region without intensity, toggling again removes it", () => {
    const once = toggleRegion([], "left-sole");
    expect(once).toEqual([{ regionId: "left-sole", intensity: null, qualities: [] }]);
    expect(isMarked(toggleRegion(once, "left-sole"), "left-sole")).toBe(false);
  });

  test("regions stay in the order of the region list, whatever order they were tapped", () => {
    const value = toggleRegion(toggleRegion([], "right-sole"), "face");
    expect(value.map((mark) => mark.regionId)).toEqual(["face", "right-sole"]);
  });

  test("intensity and qualities change only the region they are for", () => {
    let value = toggleRegion(toggleRegion([], "left-palm"), "right-palm");
    value = setRegionIntensity(value, "left-palm", 7);
    value = toggleRegionQuality(value, "left-palm", "burning");
    value = toggleRegionQuality(value, "left-palm", "tingling");
    value = toggleRegionQuality(value, "left-palm", "burning");
    expect(markOf(value, "left-palm")).toEqual({
      regionId: "left-palm",
      intensity: 7,
      qualities: ["tingling"],
    });
    expect(markOf(value, "right-palm")).toEqual({
      regionId: "right-palm",
      intensity: null,
      qualities: [],
    });
  });

  test("the list groups hold every region once", () => {
    const listed = regionGroups().flatMap((group) => group.regions.map((region) => region.id));
    expect([...listed].sort()).toEqual(bodyRegions.map((region) => region.id).sort());
  });
});
