import { describe, expect, it } from "vitest";
import type { TherapyId } from "../therapies/therapy-ids.js";
import { therapyIdsByKind } from "../therapies/therapy-ids.js";
import { assessTherapies } from "./assess-safety.js";
import type { SafetyFacts } from "./safety-rule.js";
import { anIntake } from "./testing/safety-intake.factory.js";

function verdictOf(facts: SafetyFacts, therapyId: TherapyId) {
  const verdict = assessTherapies(facts).find((entry) => entry.therapyId === therapyId);
  if (verdict === undefined) throw new Error(`no verdict for ${therapyId}`);
  return verdict;
}

const instructionsOf = (verdict: { reasons: { instructions: string[] }[] }) =>
  verdict.reasons.flatMap((reason) => reason.instructions).join(" ");

describe("rules that meet", () => {
  it("with everything answered no, every therapy is ok", () => {
    const facts = anIntake().facts();
    for (const verdict of assessTherapies(facts)) {
      expect({ id: verdict.therapyId, level: verdict.level, areas: verdict.areas }).toEqual({
        id: verdict.therapyId,
        level: "ok",
        areas: [],
      });
    }
  });

  it("blood thinners: deep tissue is avoided, Swedish goes ahead with light pressure", () => {
    const facts = anIntake().with({ bloodThinners: "yes" }).facts();
    expect(verdictOf(facts, "deep-tissue-massage").level).toBe("avoid");
    const swedish = verdictOf(facts, "swedish-massage");
    expect(swedish.level).toBe("caution");
    expect(instructionsOf(swedish)).toContain("Light pressure only.");
  });

  it("a pacemaker rules out electroacupuncture and TENS, not traditional acupuncture", () => {
    const facts = anIntake()
      .with({ implantedDevice: "yes", implantedDeviceKinds: ["pacemaker"] })
      .facts();
    expect(verdictOf(facts, "electroacupuncture").level).toBe("avoid");
    expect(verdictOf(facts, "tens").level).toBe("avoid");
    expect(verdictOf(facts, "traditional-acupuncture").level).toBe("ok");
  });

  it("MS with heat sensitivity: no heat treatments in massage, no heated yoga", () => {
    const facts = anIntake().with({ multipleSclerosisHeatSensitivity: "yes" }).facts();
    expect(instructionsOf(verdictOf(facts, "swedish-massage"))).toContain(
      "No hot stones, heat packs",
    );
    for (const pose of therapyIdsByKind.yoga) {
      const verdict = verdictOf(facts, pose);
      expect(verdict.level).toBe("caution");
      expect(instructionsOf(verdict)).toContain("No hot or heated yoga.");
    }
    expect(verdictOf(facts, "body-scan").level).toBe("ok");
  });

  it("numb feet: no heat on the feet, light pressure, check the skin", () => {
    const facts = anIntake()
      .with({ reducedSensationRegionIds: ["left-sole", "right-sole"] })
      .facts();
    const swedish = verdictOf(facts, "swedish-massage");
    expect(swedish.level).toBe("caution");
    expect(instructionsOf(swedish)).toMatch(/Light to moderate pressure/);
    const sole = swedish.areas.find((area) => area.regionId === "left-sole");
    const atSole = sole?.reasons.flatMap((reason) => reason.instructions).join(" ");
    expect(atSole).toContain("No heat on the feet");
    expect(atSole).toContain("Check the skin before and after.");
    expect(instructionsOf(verdictOf(facts, "yoga-tree"))).toContain("Wear socks or shoes");
  });

  it("numb hands only: no foot advice", () => {
    const facts = anIntake()
      .with({ reducedSensationRegionIds: ["left-palm"] })
      .facts();
    const swedish = verdictOf(facts, "swedish-massage");
    expect(JSON.stringify(swedish)).not.toContain("feet");
    // Only the numb-skin line at the palm (reference §7 G11), nothing about feet.
    const acupunctureAreas = verdictOf(facts, "traditional-acupuncture").areas;
    expect(acupunctureAreas.map((area) => area.regionId)).toEqual(["left-palm"]);
    expect(JSON.stringify(acupunctureAreas)).not.toContain("feet");
    expect(JSON.stringify(acupunctureAreas)).toContain("moxibustion");
  });

  it("combines rules by the most severe verdict and keeps every reason", () => {
    const facts = anIntake()
      .with({ bloodThinners: "yes", fragileSkin: "yes", pregnancy: "yes" })
      .facts();
    const swedish = verdictOf(facts, "swedish-massage");
    expect(swedish.level).toBe("ask-provider-first");
    expect(swedish.reasons.map((reason) => reason.ruleId)).toEqual([
      "pregnancy-massage",
      "bleeding-risk-light-massage",
      "fragile-skin-massage",
    ]);
  });

  it("a clot without a named place keeps massage off both legs and feet", () => {
    const facts = anIntake().with({ bloodClot: "yes" }).facts();
    const areas = verdictOf(facts, "swedish-massage").areas;
    expect(areas.map((area) => area.regionId)).toEqual(
      expect.arrayContaining(["left-calf", "right-calf", "left-sole", "right-thigh-front"]),
    );
    expect(areas.every((area) => area.level === "avoid")).toBe(true);
    expect(verdictOf(facts, "swedish-massage").level).toBe("ask-provider-first");
  });

  it("surgery marked on the map is avoided there; unmarked surgery asks first", () => {
    const marked = anIntake().with({
      recentSurgery: "yes",
      recentSurgeryRegionIds: ["right-knee"],
    });
    expect(verdictOf(marked.facts(), "swedish-massage").areas).toMatchObject([
      { regionId: "right-knee", level: "avoid" },
    ]);
    const unmarked = anIntake().with({ recentSurgery: "yes" });
    expect(verdictOf(unmarked.facts(), "swedish-massage").level).toBe("ask-provider-first");
  });

  it("an empty intake asks first wherever a question matters, and leaves mindfulness ok", () => {
    const facts: SafetyFacts = { answers: {}, preferences: {} };
    for (const verdict of assessTherapies(facts)) {
      const expected =
        verdict.kind === "mindfulness" || verdict.therapyId === "medication"
          ? "ok"
          : "ask-provider-first";
      expect([verdict.therapyId, verdict.level]).toEqual([verdict.therapyId, expected]);
    }
  });

  it("'not sure' is treated like unanswered, never like no", () => {
    const facts = anIntake().with({ implantedDevice: "not-sure" }).facts();
    const verdict = verdictOf(facts, "electroacupuncture");
    expect(verdict.level).toBe("ask-provider-first");
    expect(verdict.reasons[0]?.basis).toBe("open-question");
  });

  it("a yes does not hide an open question read by the same rule", () => {
    const facts = anIntake().with({ bloodThinners: "yes", bleedingDisorder: undefined }).facts();
    const swedish = verdictOf(facts, "swedish-massage");
    expect(swedish.level).toBe("ask-provider-first");
    expect(swedish.reasons.map((reason) => reason.basis)).toEqual(["open-question", "answer"]);
  });
});
