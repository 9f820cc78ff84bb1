import { describe, expect, it } from "vitest";
import { anIntake } from "../safety/testing/safety-intake.factory.js";
import { emptySafetyIntake } from "../safety/empty-intake.js";
import { itemSafetyVerdict } from "./plan-api-item-safety.js";

// Rules and sources: core/safety/rules (bleeding.rules.ts cites REFERENCE.md §3.1).
const onBloodThinners = anIntake().with({ bloodThinners: "yes" }).build();
const calm = anIntake().build();
const clearance = { clearedBy: "Dr Lee", clearedOn: "2026-03-20" };

describe("the safety verdict of a plan item", () => {
  it("blocks deep tissue massage on blood thinners (avoid, §3.1) unless a clearance is recorded", () => {
    const blocked = itemSafetyVerdict(onBloodThinners, "deep-tissue-massage", [], null);
    expect(blocked.level).toBe("avoid");
    expect(blocked.isBlocked).toBe(true);
    expect(blocked.reasons.length).toBeGreaterThan(0);
    const cleared = itemSafetyVerdict(onBloodThinners, "deep-tissue-massage", [], clearance);
    expect(cleared.level).toBe("avoid");
    expect(cleared.isBlocked).toBe(false);
  });

  it("keeps the caution instructions of a gentle massage on blood thinners", () => {
    const verdict = itemSafetyVerdict(onBloodThinners, "swedish-massage", [], null);
    expect(verdict.level).toBe("caution");
    expect(verdict.isBlocked).toBe(false);
    expect(verdict.instructions).toContain("Light pressure only.");
  });

  it("says ok with nothing to keep when no rule speaks", () => {
    expect(itemSafetyVerdict(calm, "body-scan", [], null)).toEqual({
      level: "ok",
      reasons: [],
      instructions: [],
      isBlocked: false,
    });
  });

  it("never blocks a custom item or an item whose intake is still open (ask first is not avoid)", () => {
    expect(itemSafetyVerdict(onBloodThinners, null, [], null).isBlocked).toBe(false);
    const open = itemSafetyVerdict(emptySafetyIntake, "deep-tissue-massage", [], null);
    expect(open.level).toBe("ask-provider-first");
    expect(open.isBlocked).toBe(false);
  });

  it("takes a focus area's stricter verdict (a clot in the leg: never massage there)", () => {
    const clot = anIntake().with({ bloodClot: "yes", bloodClotRegionIds: [] }).build();
    const whole = itemSafetyVerdict(clot, "swedish-massage", [], null);
    expect(whole.level).toBe("ask-provider-first");
    expect(whole.instructions.some((text) => text.startsWith("Leave "))).toBe(true);
    const leg = itemSafetyVerdict(clot, "swedish-massage", ["left-thigh-front"], null);
    expect(leg.level).toBe("avoid");
    expect(leg.isBlocked).toBe(true);
  });
});
