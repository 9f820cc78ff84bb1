import { describe, expect, it } from "vitest";
import {
  bodyRegionIds,
  bodyRegions,
  findBodyRegion,
  regionsOfPart,
  snomedBodyStructureByRegion,
} from "./body-regions.js";

describe("body regions", () => {
  it("has at least 40 regions with unique ids and labels", () => {
    expect(bodyRegions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(bodyRegionIds).size).toBe(bodyRegions.length);
    expect(new Set(bodyRegions.map((region) => region.label)).size).toBe(bodyRegions.length);
  });

  it("names each hand and each foot separately, front and back", () => {
    for (const id of ["left-palm", "right-palm", "left-hand-back", "right-hand-back"]) {
      expect(findBodyRegion(id)?.part).toBe("hand");
    }
    for (const id of ["left-sole", "right-sole", "left-toes", "right-foot-top"]) {
      expect(findBodyRegion(id)?.part).toBe("foot");
    }
    expect(regionsOfPart("foot").map((region) => region.side)).not.toContain("centre");
  });

  it("keeps the ids stored with existing records (renaming one would orphan data)", () => {
    expect(bodyRegionIds).toEqual(
      expect.arrayContaining([
        "face",
        "neck-back",
        "left-lower-back",
        "right-shin",
        "left-fingers",
      ]),
    );
  });

  it("maps no region to an unverified SNOMED code", () => {
    expect(snomedBodyStructureByRegion).toEqual({});
  });
});
