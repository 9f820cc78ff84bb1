import { describe, expect, test } from "vitest";
import { redFlagState } from "./red-flag-urgency";

describe("redFlagState", () => {
  test("nothing answered, or all no: nothing to say", () => {
    expect(redFlagState(undefined).urgency).toBe("none");
    expect(redFlagState({ "spreading-weakness": "no", "one-sided-leg-swelling": "no" })).toEqual({
      urgency: "none",
      questions: [],
    });
  });

  test("an emergency sign outranks an urgent one, and both are listed", () => {
    const state = redFlagState({
      "one-sided-leg-swelling": "yes",
      "breathlessness-or-chest-pain": "yes",
    });
    expect(state.urgency).toBe("emergency");
    expect(state.questions).toHaveLength(2);
  });

  test("an urgent sign alone: see a doctor today", () => {
    expect(redFlagState({ "foot-infection-signs": "yes" }).urgency).toBe("urgent");
  });

  test("not sure is never read as no", () => {
    const state = redFlagState({ "spreading-weakness": "not-sure" });
    expect(state.urgency).toBe("unsure");
    expect(state.questions[0]).toContain("spreading");
  });
});
