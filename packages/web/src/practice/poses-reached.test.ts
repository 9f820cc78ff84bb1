import { describe, expect, it } from "vitest";
import { posesReached } from "./routine-steps";

const steps = [
  { id: "a", text: "", seconds: 60 },
  { id: "b", text: "", seconds: 60 },
  { id: "c", text: "", seconds: 60 },
];
const poseIds = ["yoga-cat-cow", "yoga-mountain", "yoga-cat-cow"];

describe("posesReached", () => {
  it("logs only the poses begun before the practice ended, each once", () => {
    expect(posesReached(poseIds, steps, 0)).toEqual([]);
    expect(posesReached(poseIds, steps, 30)).toEqual(["yoga-cat-cow"]);
    expect(posesReached(poseIds, steps, 61)).toEqual(["yoga-cat-cow", "yoga-mountain"]);
    expect(posesReached(poseIds, steps, 180)).toEqual(["yoga-cat-cow", "yoga-mountain"]);
  });
});
