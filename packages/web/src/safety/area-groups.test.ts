import type { AreaVerdict, SafetyReason } from "@painplan/core";
import { expect, test } from "vitest";
import { groupAreas } from "./area-groups";

function aReason(ruleId: string): SafetyReason {
  return {
    ruleId,
    level: "caution",
    text: `Because of ${ruleId}.`,
    instructions: [],
    sourceId: "ref-3.1-reduced-sensation",
    basis: "answer",
  };
}

function anArea(label: string, ruleIds: string[], level: AreaVerdict["level"] = "caution") {
  return { regionId: label, label, level, reasons: ruleIds.map(aReason) };
}

test("areas with the same verdict and reasons share one line", () => {
  const groups = groupAreas(
    [anArea("Left sole", ["numb"]), anArea("Right sole", ["numb"]), anArea("Belly", ["scar"])],
    [],
  );
  expect(groups.map((group) => group.labels)).toEqual([["Left sole", "Right sole"], ["Belly"]]);
});

test("a different verdict keeps areas apart", () => {
  const groups = groupAreas(
    [anArea("Left calf", ["clot"], "avoid"), anArea("Right calf", ["clot"], "caution")],
    [],
  );
  expect(groups).toHaveLength(2);
});

test("reasons the therapy already gives are not repeated per area", () => {
  const [group] = groupAreas([anArea("Left sole", ["numb", "wound"])], [aReason("numb")]);
  expect(group?.reasons.map((reason) => reason.ruleId)).toEqual(["wound"]);
});
