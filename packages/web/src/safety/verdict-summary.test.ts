import type { SafetyReason, TherapyVerdict } from "@painplan/core";
import { expect, test } from "vitest";
import { summarizeVerdict } from "./verdict-summary";

function aReason(overrides: Partial<SafetyReason>): SafetyReason {
  return {
    ruleId: "reduced-sensation-massage",
    level: "caution",
    text: "Feeling is reduced.",
    instructions: ["Light pressure."],
    sourceId: "ref-3.1-reduced-sensation",
    basis: "answer",
    ...overrides,
  };
}

const verdict: TherapyVerdict = {
  therapyId: "swedish-massage",
  kind: "massage",
  level: "caution",
  reasons: [
    aReason({}),
    aReason({ ruleId: "blood", text: "Blood thins.", sourceId: "ref-3.1-anticoagulants" }),
    aReason({
      ruleId: "open",
      text: "We do not know yet.",
      basis: "open-question",
      sourceId: "ref-3.1-general-cautions",
    }),
  ],
  areas: ["left-sole", "right-sole"].map((regionId) => ({
    regionId,
    label: regionId,
    level: "caution",
    reasons: [aReason({ text: "Reduced feeling here.", instructions: ["Check the skin."] })],
  })),
};

test("advice for both feet and from two rules is said once", () => {
  const summary = summarizeVerdict(verdict);
  expect(summary.whatToDo).toEqual(["Light pressure.", "Check the skin."]);
  expect(summary.sourceIds).toEqual(["ref-3.1-reduced-sensation", "ref-3.1-anticoagulants"]);
});

test("why and sources come from answers; open questions are kept apart", () => {
  const summary = summarizeVerdict(verdict);
  expect(summary.sourceIds).not.toContain("ref-3.1-general-cautions");
  expect(summary.why).toEqual(["Feeling is reduced.", "Blood thins."]);
  expect(summary.openQuestionReasons.map((reason) => reason.ruleId)).toEqual(["open"]);
});
