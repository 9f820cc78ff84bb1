import { describe, expect, test } from "vitest";
import { checkProblems, checkRequestFrom, initialCheckState } from "./check-form-state";

const answered = {
  ...initialCheckState("swedish-massage"),
  hasFever: "no",
  hasNewWound: "yes",
  newWoundRegionIds: ["left-sole"],
  bloodThinnersChanged: "not-sure",
  hasNewRedFlag: "no",
} as const;

describe("pre-session check form", () => {
  test("the therapy comes from the address only when it is in the library", () => {
    expect(initialCheckState("swedish-massage").therapyId).toBe("swedish-massage");
    expect(initialCheckState("surgery").therapyId).toBeUndefined();
    expect(initialCheckState(null).therapyId).toBeUndefined();
  });

  test("nothing answered: every question says so, and nothing is sent", () => {
    const state = initialCheckState(null);
    expect(Object.keys(checkProblems(state))).toEqual([
      "therapyId",
      "hasFever",
      "hasNewWound",
      "bloodThinnersChanged",
      "hasNewRedFlag",
    ]);
    expect(checkRequestFrom(state)).toBeUndefined();
  });

  test("all answered: the request carries the answers and the wound's areas", () => {
    expect(
      checkProblems({ ...answered, newWoundRegionIds: [...answered.newWoundRegionIds] }),
    ).toEqual({});
    expect(checkRequestFrom({ ...answered, newWoundRegionIds: ["left-sole"] })).toEqual({
      therapyId: "swedish-massage",
      answers: {
        hasFever: "no",
        hasNewWound: "yes",
        newWoundRegionIds: ["left-sole"],
        bloodThinnersChanged: "not-sure",
        newRedFlagIds: [],
      },
    });
  });

  test("a new warning sign must be named", () => {
    const state = {
      ...answered,
      newWoundRegionIds: [],
      hasNewRedFlag: "yes" as const,
      newRedFlagIds: [],
    };
    expect(checkProblems(state)["newRedFlagIds"]).toBeDefined();
    const named = { ...state, newRedFlagIds: ["one-sided-leg-swelling" as const] };
    expect(checkRequestFrom(named)?.answers.newRedFlagIds).toEqual(["one-sided-leg-swelling"]);
  });
});
