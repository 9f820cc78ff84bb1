import { bodyRegions, painQualityIds, regionIdsOfGroup } from "@painplan/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  hasAllRegions,
  isMarked,
  markOf,
  regionGroups,
  setRegionIntensity,
  toggleRegion,
  toggleRegionQuality,
  setAllIntensities,
  sharedMark,
  toggleAllQualities,
  toggleRegions,
  type BodyMapValue,
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

describe("shortcuts and the same answer for all chosen areas", () => {
  const feet = regionIdsOfGroup("both-feet");
  const hands = regionIdsOfGroup("both-hands");

  test("a group adds its regions, keeps those already rated, and takes all away when all are in", () => {
    let value = toggleRegion(toggleRegion([], "left-sole"), "face");
    value = setRegionIntensity(setRegionIntensity(value, "left-sole", 3), "face", 5);
    value = toggleRegions(value, feet);
    expect(hasAllRegions(value, feet)).toBe(true);
    expect(markOf(value, "left-sole")?.intensity).toBe(3);
    expect(markOf(value, "right-sole")?.intensity).toBeNull();
    expect(toggleRegions(value, feet).map((mark) => mark.regionId)).toEqual(["face"]);
  });

  test("hands and feet, then 6, burning and tingling: every area says the same", () => {
    let value = toggleRegions(toggleRegions([], hands), feet);
    value = setAllIntensities(value, 6);
    value = toggleAllQualities(value, "burning");
    value = toggleAllQualities(value, "tingling");
    expect(value).toHaveLength(14);
    expect(sharedMark(value)).toEqual({ intensity: 6, qualities: ["burning", "tingling"] });
  });

  test("a group added after the shared answer starts with it", () => {
    let value = setAllIntensities(toggleRegions([], hands), 5);
    value = toggleAllQualities(value, "numbness");
    value = toggleRegions(value, feet);
    expect(markOf(value, "left-toes")).toEqual({
      regionId: "left-toes",
      intensity: 5,
      qualities: ["numbness"],
    });
  });

  test("a feeling some areas lack is added to all; one all have is taken from all", () => {
    let value = toggleRegions([], hands);
    value = toggleRegionQuality(value, "left-palm", "burning");
    value = toggleAllQualities(value, "burning");
    expect(value.every((mark) => mark.qualities.includes("burning"))).toBe(true);
    value = toggleAllQualities(value, "burning");
    expect(value.every((mark) => !mark.qualities.includes("burning"))).toBe(true);
  });

  const anyValue: fc.Arbitrary<BodyMapValue> = fc
    .uniqueArray(fc.constantFrom(...bodyRegions.map((region) => region.id)), { maxLength: 12 })
    .chain((ids) =>
      fc.tuple(
        ...ids.map((regionId) =>
          fc.record({
            regionId: fc.constant(regionId),
            intensity: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
            qualities: fc.uniqueArray(fc.constantFrom(...painQualityIds)),
          }),
        ),
      ),
    );

  test("property: shared answers hold for every area, and the shared feelings are in each", () => {
    fc.assert(
      fc.property(anyValue, fc.integer({ min: 0, max: 10 }), (value, intensity) => {
        const same = setAllIntensities(value, intensity);
        if (same.length > 0) expect(sharedMark(same)?.intensity).toBe(intensity);
        const shared = sharedMark(value);
        for (const mark of value) {
          for (const quality of shared?.qualities ?? []) expect(mark.qualities).toContain(quality);
        }
      }),
    );
  });

  test("property: a group never changes other areas, and leaves all of it or none of it", () => {
    fc.assert(
      fc.property(anyValue, fc.constantFrom(feet, hands), (value, group) => {
        const byId = (a: { regionId: string }, b: { regionId: string }) =>
          a.regionId.localeCompare(b.regionId);
        const outside = (marks: BodyMapValue) =>
          marks.filter((mark) => !group.includes(mark.regionId)).sort(byId);
        const toggled = toggleRegions(value, group);
        expect(outside(toggled)).toEqual(outside(value));
        const inGroup = toggled.filter((mark) => group.includes(mark.regionId)).length;
        expect([0, group.length]).toContain(inGroup);
        expect(inGroup === 0).toBe(hasAllRegions(value, group));
      }),
    );
  });
});
