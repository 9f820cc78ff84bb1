import { describe, expect, it } from "vitest";
import { anIntake } from "../safety/testing/safety-intake.factory.js";
import { emptySafetyIntake } from "../safety/empty-intake.js";
import type { TherapyId } from "../therapies/therapy-ids.js";
import { itemSafetyVerdict, withCurrentSafety } from "./plan-api-item-safety.js";
import type { PlanItem } from "./plan-item.schema.js";
import type { Plan } from "./plan.schema.js";

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

/** A plan whose one item was stored with the verdict of another day (`safety`), to be redone. */
function aPlanWith(therapyId: TherapyId, safety: PlanItem["safety"]): Plan {
  const at = "2026-03-01T09:00:00.000Z";
  const item: PlanItem = {
    id: "4b7f0a8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
    planId: "9c8d7e6f-5a4b-4c3d-9e2f-1a0b9c8d7e6f",
    therapyId,
    customName: null,
    title: therapyId,
    practitioner: "",
    schedule: {
      cadence: { kind: "daily", interval: 1 },
      startDate: "2026-03-01",
      timeOfDay: "10:00",
      durationMinutes: 60,
      end: { kind: "never" },
    },
    pressure: null,
    focusRegionIds: [],
    avoidRegionIds: [],
    notes: "",
    safety,
    clearance: null,
    createdAt: at,
    updatedAt: at,
  };
  return {
    id: item.planId,
    status: "active",
    title: "My plan",
    startDate: "2026-03-01",
    reviewDate: null,
    madeWith: "",
    version: 2,
    pauses: [],
    items: [item],
    createdAt: at,
    updatedAt: at,
    archivedAt: null,
  };
}

describe("a plan's items with the current safety answers", () => {
  it("turns a stored 'ok' into avoid once the person takes a blood thinner (§3.1)", () => {
    const stored = aPlanWith("deep-tissue-massage", { level: "ok", instructions: [] });
    const now = withCurrentSafety(stored, onBloodThinners);
    expect(now.items[0]?.safety.level).toBe("avoid");
    expect(now.items[0]?.safety.instructions.length).toBeGreaterThan(0);
    expect(stored.items[0]?.safety.level, "the input is left as it was").toBe("ok");
  });

  it("turns a stored 'ask first' (added before the questions) into ok after a clean result", () => {
    const stored = aPlanWith("swedish-massage", { level: "ask-provider-first", instructions: [] });
    expect(withCurrentSafety(stored, emptySafetyIntake).items[0]?.safety.level).toBe(
      "ask-provider-first",
    );
    expect(withCurrentSafety(stored, calm).items[0]?.safety).toEqual({
      level: "ok",
      instructions: [],
    });
  });
});
