import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessTherapies } from "./assess-safety.js";
import { regionIdsOfParts } from "./rule-builders.js";
import { assessSafetyIntake } from "./safety-assessment.js";
import { safetyOverview, therapyCard } from "./safety-overview.js";
import { buildSafetySheet } from "./safety-sheet.js";
import { anIntake } from "./testing/safety-intake.factory.js";
import { factsArbitrary } from "./testing/safety-facts.arbitrary.js";
import { therapyIds } from "../therapies/therapy-ids.js";

/** Issue 14's case: a blood thinner and both feet numb (every foot area ticked). */
const bloodThinnerAndNumbFeet = anIntake()
  .with({ bloodThinners: "yes", reducedSensationRegionIds: regionIdsOfParts("foot") })
  .build();
const overview = safetyOverview(assessSafetyIntake(bloodThinnerAndNumbFeet));
const cardOf = (name: string) => overview.cards.find((card) => card.name === name);

describe("safetyOverview: a blood thinner and numb feet (issue 14)", () => {
  it("says each instruction once per therapy, the strictest winning (reference §3.1)", () => {
    const swedish = cardOf("Swedish massage");
    expect(swedish?.level).toBe("caution");
    const texts = swedish?.lines.map((line) => line.text) ?? [];
    expect(texts.filter((text) => /pressure/i.test(text))).toEqual(["Light pressure only."]);
    expect(texts.filter((text) => /heat|hot/i.test(text))).toEqual([
      "No heat (hot stones, heat packs, hot water, hot-water bottles, heating pads or soaking).",
    ]);
    expect(texts).toContain("No ice or cold packs on both feet.");
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("names the feet as the body map groups them, not eight parts", () => {
    expect(cardOf("Swedish massage")?.areas).toEqual([
      expect.objectContaining({ text: "Both feet", level: "caution" }),
    ]);
    const tens = cardOf("TENS (nerve stimulation through the skin)");
    expect(tens?.areas).toEqual([expect.objectContaining({ text: "Both feet", level: "avoid" })]);
    expect(tens?.areas[0]?.why.join(" ")).toMatch(/TENS pads/);
  });

  it("keeps 'take care' lines out of an 'avoid' card", () => {
    const deep = cardOf("Deep tissue massage");
    expect(deep?.level).toBe("avoid");
    expect(deep?.lines.map((line) => line.text)).toEqual([
      "Choose a gentle massage with light pressure instead.",
    ]);
    expect(deep?.areas).toEqual([]);
    expect(deep?.why).toEqual([
      "Deep or forceful massage can cause bruising and bleeding under the skin when blood clots slowly.",
    ]);
  });

  it("groups therapies that say the same, and folds away those with nothing to say", () => {
    expect(overview.groups.map((group) => group.therapies)).toContain("All yoga poses");
    expect(overview.groups[0]).toMatchObject({
      level: "avoid",
      therapies: "Deep tissue massage, Trigger point therapy, Myofascial release",
    });
    expect(overview.quiet.length).toBeGreaterThan(0);
    expect(overview.quiet).not.toContain("swedish-massage");
    expect(overview.summary.map((line) => line.level)).toEqual(["avoid", "caution", "ok"]);
    expect(overview.summary.at(-1)).toMatchObject({ count: overview.quiet.length, therapies: "" });
  });

  it("gives the sheet (and so its PDF) the same merged words", () => {
    const sheet = buildSafetySheet({
      personName: "Alex",
      timeZone: "Europe/Paris",
      intake: bloodThinnerAndNumbFeet,
      assessment: assessSafetyIntake(bloodThinnerAndNumbFeet),
      now: new Date("2026-03-29T10:00:00.000Z"),
    });
    const massage = sheet.precautions.find((line) => line.startsWith("Swedish massage"));
    for (const line of cardOf("Swedish massage")?.lines ?? []) expect(massage).toContain(line.text);
    expect(sheet.precautions.join(" ")).not.toMatch(/Light to moderate/);
    expect(sheet.precautions.some((line) => line.startsWith("All yoga poses: With care."))).toBe(
      true,
    );
  });
});

describe("safetyOverview for any answers", () => {
  it("shows every therapy once (a card or folded away), and a card only lines of its level", () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const therapies = assessTherapies(facts);
        const result = safetyOverview({
          intakeVersion: 1,
          intakeStatus: "complete",
          openQuestions: [],
          redFlags: { urgency: "none", message: null, flags: [] },
          therapies,
          areas: [],
        });
        const shown = [...result.cards.map((card) => card.therapyId), ...result.quiet];
        expect(shown.toSorted()).toEqual([...therapyIds].toSorted());
        const grouped = result.groups.flatMap((group) => group.therapyIds);
        expect(grouped.toSorted()).toEqual(result.cards.map((card) => card.therapyId).toSorted());
        for (const card of result.cards) {
          for (const line of card.lines) expect(line.level).toBe(card.level);
        }
        for (const verdict of therapies) {
          const card = therapyCard(verdict);
          // Folded away only with nothing to say.
          if (card.level === "ok") expect(verdict.reasons.length + verdict.areas.length).toBe(0);
        }
      }),
      { numRuns: 60 },
    );
  });
});
