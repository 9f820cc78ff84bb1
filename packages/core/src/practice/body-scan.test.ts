import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyRegionIds } from "../body-map/body-regions.js";
import type { PainRegion } from "../pain-scores/pain-scores.schema.js";
import { bodyScanAreas, buildBodyScan } from "./body-scan.js";
import { practiceSchema } from "./practice.schema.js";

const pain = (regionId: string, intensity = 6): PainRegion => ({
  regionId,
  intensity,
  qualities: ["burning"],
});
const covered = (steps: readonly { regionIds?: string[] }[]) =>
  steps.flatMap((step) => step.regionIds ?? []);

const regionSet = fc.uniqueArray(fc.constantFrom(...bodyRegionIds), {
  minLength: 0,
  maxLength: 20,
});
const profile = fc
  .uniqueArray(fc.constantFrom(...bodyRegionIds), { maxLength: 12 })
  .chain((ids) =>
    fc.tuple(...ids.map((id) => fc.integer({ min: 0, max: 10 }).map((n) => pain(id, n)))),
  );

describe("body scan built from the pain profile (issue 15)", () => {
  it("groups every body-map region in exactly one scan area", () => {
    const grouped = bodyScanAreas.flatMap((area) => area.regionIds);
    expect([...grouped].sort()).toEqual([...bodyRegionIds].sort());
  });

  it("covers exactly the chosen regions, once each, when painful areas come last", () => {
    fc.assert(
      fc.property(
        regionSet,
        profile,
        fc.integer({ min: 1, max: 20 }),
        (chosen, regions, minutes) => {
          const scan = buildBodyScan(regions, { minutes, regionIds: chosen });
          const ids = covered(scan.steps);
          expect([...ids].sort()).toEqual([...chosen].sort());
          expect(scan.steps.reduce((total, step) => total + step.seconds, 0)).toBe(minutes * 60);
          expect(practiceSchema.parse(scan)).toEqual(scan);
        },
      ),
    );
  });

  it("puts every painful region after every other region, in gentle words", () => {
    fc.assert(
      fc.property(regionSet, profile, (chosen, regions) => {
        const scan = buildBodyScan(regions, { minutes: 5, regionIds: chosen });
        const painful = new Set(regions.filter((r) => r.intensity >= 1).map((r) => r.regionId));
        const areaSteps = scan.steps.filter((step) => step.regionIds !== undefined);
        const firstGentle = areaSteps.findIndex((step) => step.isGentle === true);
        const gentleSteps = firstGentle === -1 ? [] : areaSteps.slice(firstGentle);
        expect(gentleSteps.every((step) => step.isGentle === true)).toBe(true);
        for (const step of areaSteps) {
          expect(step.regionIds?.every((id) => painful.has(id) === step.isGentle)).toBe(true);
        }
        expect(gentleSteps.every((step) => step.text.includes("do not push"))).toBe(true);
      }),
    );
  });

  it("covers exactly the chosen regions less the painful ones when the person skips them", () => {
    fc.assert(
      fc.property(regionSet, profile, (chosen, regions) => {
        const scan = buildBodyScan(regions, {
          minutes: 4,
          regionIds: chosen,
          painfulRegions: "skip",
        });
        const painful = new Set(regions.filter((r) => r.intensity >= 1).map((r) => r.regionId));
        expect([...covered(scan.steps)].sort()).toEqual(
          chosen.filter((id) => !painful.has(id)).sort(),
        );
        expect(scan.steps.some((step) => step.isGentle === true)).toBe(false);
      }),
    );
  });

  it("scans the whole body, feet first, when no regions are chosen; burning soles come last", () => {
    const scan = buildBodyScan([pain("left-sole"), pain("right-sole")], { minutes: 10 });
    expect([...covered(scan.steps)].sort()).toEqual([...bodyRegionIds].sort());
    expect(scan.steps[1]?.id).toBe("area-left-foot");
    expect(scan.steps.slice(-3, -1).map((step) => step.regionIds)).toEqual([
      ["left-sole"],
      ["right-sole"],
    ]);
  });

  it("still guides a short breathing rest when every chosen region is skipped", () => {
    const scan = buildBodyScan([pain("face")], {
      minutes: 1,
      regionIds: ["face"],
      painfulRegions: "skip",
    });
    expect(covered(scan.steps)).toEqual([]);
    expect(scan.steps.map((step) => step.id)).toEqual(["intro", "breath", "close"]);
    expect(scan.steps.reduce((total, step) => total + step.seconds, 0)).toBe(60);
  });
});
