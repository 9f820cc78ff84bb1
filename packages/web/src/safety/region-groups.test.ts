import { bodyRegions } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { regionGroups, toggleGroup, toggleRegion } from "./region-groups";

describe("regionGroups", () => {
  test("every region is listed exactly once", () => {
    const listed = regionGroups().flatMap((group) => group.regions.map((region) => region.id));
    expect(listed.toSorted()).toEqual(bodyRegions.map((region) => region.id).toSorted());
  });

  test("groups read from head to feet, with plain names", () => {
    const names = regionGroups().map((group) => group.name);
    expect(names[0]).toBe("Head and face");
    expect(names.at(-1)).toBe("Feet");
  });

  test("the feet group holds both soles", () => {
    const feet = regionGroups().find((group) => group.part === "foot");
    expect(feet?.regions.map((region) => region.id)).toEqual(
      expect.arrayContaining(["left-sole", "right-sole"]),
    );
  });
});

describe("toggling", () => {
  const feet = regionGroups().find((group) => group.part === "foot");
  if (feet === undefined) throw new Error("no feet group");

  test("a whole group is added once, keeping other regions", () => {
    const selected = toggleGroup(["left-palm", "left-sole"], feet, true);
    expect(selected).toContain("left-palm");
    expect(selected.filter((id) => id === "left-sole")).toHaveLength(1);
    expect(selected).toHaveLength(1 + feet.regions.length);
  });

  test("a whole group is removed, keeping other regions", () => {
    const all = toggleGroup(["left-palm"], feet, true);
    expect(toggleGroup(all, feet, false)).toEqual(["left-palm"]);
  });

  test("one region on and off", () => {
    expect(toggleRegion([], "left-knee", true)).toEqual(["left-knee"]);
    expect(toggleRegion(["left-knee", "face"], "left-knee", false)).toEqual(["face"]);
  });
});
