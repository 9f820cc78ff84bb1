import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessTherapies } from "./assess-safety.js";
import { instructionTopic, mergeInstructions } from "./merge-instructions.js";
import type { SafetyReason } from "./safety-assessment.schema.js";
import { severityOf, verdictLevels } from "./verdict-level.js";
import { factsArbitrary } from "./testing/safety-facts.arbitrary.js";

/** Every instruction the rules give, found by running them on many answers. */
const ruleInstructions = [
  "Light to moderate pressure.",
  "Light pressure.",
  "Light pressure only.",
  "Gentle pressure only.",
  "No deep pressure on the affected arm or leg.",
  "No hot stones, heat packs or hot water.",
  "No hot stones, heat packs, sauna or hot tub.",
  "No heat.",
  "No heat on the feet: no hot-water bottles, heating pads or soaking.",
  "Check the skin before and after.",
  "Watch for bruising afterwards.",
  "No hot or heated yoga.",
];

function aReason(level: SafetyReason["level"], text: string, instructions: string[]): SafetyReason {
  return {
    ruleId: text,
    level,
    text,
    instructions,
    sourceId: "ref-3.1-anticoagulants",
    basis: "answer",
  };
}

const reasonArbitrary: fc.Arbitrary<SafetyReason> = fc
  .record({
    level: fc.constantFrom(...verdictLevels.filter((level) => level !== "ok")),
    text: fc.constantFrom("Why A.", "Why B.", "Why C.", "Why D."),
    instructions: fc.uniqueArray(fc.constantFrom(...ruleInstructions), { maxLength: 4 }),
  })
  .map(({ level, text, instructions }) => aReason(level, text, instructions));

const rank = (instruction: string) => instructionTopic(instruction)?.rank ?? 0;

describe("mergeInstructions (issue 14: one instruction per topic, the strictest wins)", () => {
  it("pressure: light beats light to moderate; heat: no heat beats the rest, hot stones folded in", () => {
    // The blood thinner + numb feet case for Swedish massage (reference §3.1).
    const lines = mergeInstructions([
      aReason("caution", "Gentle massage is possible.", [
        "Light pressure only.",
        "Watch for bruising afterwards.",
      ]),
      aReason("caution", "Where feeling is reduced, too much pressure or heat may go unnoticed.", [
        "Light to moderate pressure.",
        "No hot stones, heat packs or hot water.",
        "Check the skin before and after.",
      ]),
      aReason("caution", "Reduced feeling here.", [
        "Light pressure.",
        "No heat.",
        "Check the skin before and after.",
      ]),
      aReason("caution", "Numb feet do not feel burns.", [
        "No heat on the feet: no hot-water bottles, heating pads or soaking.",
      ]),
    ]);
    expect(lines.map((line) => line.text)).toEqual([
      "Light pressure only.",
      "Watch for bruising afterwards.",
      "No heat (hot stones, heat packs, hot water, hot-water bottles, heating pads or soaking).",
      "Check the skin before and after.",
    ]);
    const heat = lines.find((line) => line.topic === "heat");
    expect(heat?.merged[0]).toBe("No heat.");
    expect(heat?.reasons).toEqual([
      "Where feeling is reduced, too much pressure or heat may go unnoticed.",
      "Reduced feeling here.",
      "Numb feet do not feel burns.",
    ]);
    expect(lines.find((line) => line.topic === "pressure")?.reasons).toHaveLength(3);
  });

  it("keeps an instruction said once word for word, and the most severe level of its reasons", () => {
    const lines = mergeInstructions([
      aReason("avoid", "Deep massage bruises.", ["Light pressure."]),
      aReason("caution", "Numb.", ["Light pressure."]),
    ]);
    expect(lines).toEqual([
      expect.objectContaining({
        text: "Light pressure.",
        level: "avoid",
        merged: ["Light pressure."],
      }),
    ]);
  });

  it("never loses the strictest instruction of a topic, nor a reason", () => {
    fc.assert(
      fc.property(fc.array(reasonArbitrary, { maxLength: 6 }), (reasons) => {
        const lines = mergeInstructions(reasons);
        for (const reason of reasons) {
          for (const instruction of reason.instructions) {
            const line = lines.find((candidate) => candidate.merged.includes(instruction));
            expect(line, instruction).toBeDefined();
            expect(rank(line?.merged[0] ?? "")).toBeGreaterThanOrEqual(rank(instruction));
            expect(line?.reasons).toContain(reason.text);
            expect(severityOf(line?.level ?? "ok")).toBeGreaterThanOrEqual(
              severityOf(reason.level),
            );
          }
        }
      }),
    );
  });

  it("is never longer than what it merges (lines and characters)", () => {
    fc.assert(
      fc.property(fc.array(reasonArbitrary, { maxLength: 6 }), (reasons) => {
        const input = [...new Set(reasons.flatMap((reason) => reason.instructions))];
        const lines = mergeInstructions(reasons);
        expect(lines.length).toBeLessThanOrEqual(input.length);
        const length = (texts: readonly string[]) => texts.join("").length;
        expect(length(lines.map((line) => line.text))).toBeLessThanOrEqual(length(input));
      }),
    );
  });

  it("holds for what the rules really say, for any answers", () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        for (const verdict of assessTherapies(facts)) {
          const reasons = [...verdict.reasons, ...verdict.areas.flatMap((area) => area.reasons)];
          const input = [...new Set(reasons.flatMap((reason) => reason.instructions))];
          const lines = mergeInstructions(reasons);
          expect(lines.length).toBeLessThanOrEqual(input.length);
          for (const instruction of input) {
            expect(lines.some((line) => line.merged.includes(instruction))).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
