import { describe, expect, it } from "vitest";
import { defaultBreathingPattern as gentleBreathPattern } from "@painplan/core";
import { breathPhaseAt, type BreathPattern } from "./breathing-phase";

const boxish: BreathPattern = {
  inhaleSeconds: 4,
  holdSeconds: 2,
  exhaleSeconds: 6,
  restSeconds: 0,
};

describe("breathPhaseAt", () => {
  it("counts down the inhale, then the exhale, with no hold when it is 0", () => {
    expect(breathPhaseAt(gentleBreathPattern, 0)).toMatchObject({ name: "inhale", secondsLeft: 4 });
    expect(breathPhaseAt(gentleBreathPattern, 3.2)).toMatchObject({
      name: "inhale",
      secondsLeft: 1,
    });
    expect(breathPhaseAt(gentleBreathPattern, 4)).toMatchObject({ name: "exhale", secondsLeft: 6 });
    expect(breathPhaseAt(gentleBreathPattern, 9.9)).toMatchObject({
      name: "exhale",
      secondsLeft: 1,
    });
  });

  it("includes a hold when the pattern has one", () => {
    expect(breathPhaseAt(boxish, 4.5)).toMatchObject({ name: "hold", secondsLeft: 2 });
    expect(breathPhaseAt(boxish, 6)).toMatchObject({ name: "exhale", secondsLeft: 6 });
  });

  it("repeats breath after breath", () => {
    expect(breathPhaseAt(gentleBreathPattern, 10)).toMatchObject({
      name: "inhale",
      breathIndex: 1,
    });
    expect(breathPhaseAt(gentleBreathPattern, 25)).toMatchObject({
      name: "exhale",
      breathIndex: 2,
    });
  });

  it("never shows a count below 1 or a negative time", () => {
    for (let tenth = 0; tenth < 300; tenth += 1) {
      const phase = breathPhaseAt(boxish, tenth / 10);
      expect(phase.secondsLeft).toBeGreaterThanOrEqual(1);
      expect(phase.secondsLeft).toBeLessThanOrEqual(phase.phaseSeconds);
    }
    expect(breathPhaseAt(boxish, -3).name).toBe("inhale");
  });

  it("refuses a breath without length", () => {
    expect(() =>
      breathPhaseAt({ inhaleSeconds: 0, holdSeconds: 0, exhaleSeconds: 0, restSeconds: 0 }, 1),
    ).toThrow();
  });
});
