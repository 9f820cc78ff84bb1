import { bodyRegions, bodyViews } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { figureHeight, figureWidth, shapesOfView, type RegionShape } from "./body-map-shapes";

function overlaps(a: RegionShape, b: RegionShape): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe("body map shapes", () => {
  test("every region has exactly one shape, on its own view", () => {
    for (const view of bodyViews) {
      const ids = shapesOfView(view).map((shape) => shape.regionId);
      const expected = bodyRegions.filter((region) => region.view === view).map((r) => r.id);
      expect(ids).toEqual(expected);
    }
  });

  test("shapes stay inside the figure", () => {
    for (const shape of bodyViews.flatMap(shapesOfView)) {
      expect(shape.x).toBeGreaterThanOrEqual(0);
      expect(shape.y).toBeGreaterThanOrEqual(0);
      expect(shape.x + shape.width).toBeLessThanOrEqual(figureWidth);
      expect(shape.y + shape.height).toBeLessThanOrEqual(figureHeight);
    }
  });

  test("no two shapes of a view overlap, so a tap always means one region", () => {
    for (const view of bodyViews) {
      const shapes = shapesOfView(view);
      for (const [index, shape] of shapes.entries()) {
        for (const other of shapes.slice(index + 1)) {
          expect(overlaps(shape, other), `${shape.regionId} / ${other.regionId}`).toBe(false);
        }
      }
    }
  });

  test("every region is drawn, and its badge sits inside its tap target", () => {
    for (const shape of bodyViews.flatMap(shapesOfView)) {
      expect(shape.d, shape.regionId).toMatch(/^M/);
      expect(shape.badgeX).toBeGreaterThanOrEqual(shape.x);
      expect(shape.badgeX).toBeLessThanOrEqual(shape.x + shape.width);
      expect(shape.badgeY).toBeGreaterThanOrEqual(shape.y);
      expect(shape.badgeY).toBeLessThanOrEqual(shape.y + shape.height);
    }
  });

  test("front: the person's right hand is on the viewer's left; back: the other way round", () => {
    const x = (view: "front" | "back", id: string) =>
      shapesOfView(view).find((shape) => shape.regionId === id)?.x ?? Number.NaN;
    expect(x("front", "right-palm")).toBeLessThan(figureWidth / 2);
    expect(x("front", "left-palm")).toBeGreaterThan(figureWidth / 2);
    expect(x("back", "left-hand-back")).toBeLessThan(figureWidth / 2);
    expect(x("back", "right-hand-back")).toBeGreaterThan(figureWidth / 2);
  });
});
