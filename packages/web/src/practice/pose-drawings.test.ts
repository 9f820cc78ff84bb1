import { poses, therapyIdsByKind } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { poseDrawings } from "./pose-drawings";

const allPoints = (path: string) =>
  [...path.matchAll(/-?\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));

describe("pose drawings", () => {
  it("draws every yoga pose of the catalog, both the usual and the supported version", () => {
    for (const poseId of therapyIdsByKind.yoga) {
      expect(poseDrawings[poseId], poseId).toBeDefined();
    }
  });

  it.each(Object.entries(poseDrawings))(
    "%s: stays inside its box and says what it shows",
    (_, pair) => {
      for (const drawing of [pair.full, pair.supported]) {
        expect(drawing.description.length).toBeGreaterThan(30);
        expect(drawing.description).toMatch(/^(Side view|Front view)/);
        expect(drawing.body.length).toBeGreaterThan(0);
        for (const value of [...drawing.body, ...drawing.props].flatMap(allPoints)) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(200);
        }
        expect(drawing.head.y - 10).toBeGreaterThanOrEqual(0);
        expect(drawing.head.y + 10).toBeLessThanOrEqual(160);
      }
      expect(pair.full.description).not.toBe(pair.supported.description);
    },
  );

  it("draws the usual pose from the view the pose library names", () => {
    for (const pose of poses) {
      const expected = pose.view === "side" ? "Side view" : "Front view";
      expect(poseDrawings[pose.id]?.full.description.startsWith(expected), pose.id).toBe(true);
    }
  });

  it("shows a chair or a wall in every supported version", () => {
    for (const [poseId, pair] of Object.entries(poseDrawings)) {
      expect(pair.supported.description, poseId).toMatch(/chair|wall/);
      expect(pair.supported.props.length, poseId).toBeGreaterThan(0);
    }
  });
});
