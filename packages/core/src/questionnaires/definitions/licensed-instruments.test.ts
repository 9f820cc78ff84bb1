import { describe, expect, it } from "vitest";
import type { InstrumentSpec } from "../instrument-spec.js";
import { scoreResponse } from "../score-response.js";
import { dn4, dn4ExaminationLinkIds, dn4InterviewLinkIds } from "./dn4.js";
import { idPain } from "./id-pain.js";
import { sLanss } from "./s-lanss.js";

function scored(spec: InstrumentSpec, answers: Record<string, number>) {
  const outcome = scoreResponse(spec, answers);
  if (outcome.outcome !== "scored") throw new Error(JSON.stringify(outcome.problems));
  return outcome.result;
}

/** Yes (1) to the first `yes` linkIds, no (0) to the rest. */
function yesTo(linkIds: readonly string[], yes: number): Record<string, number> {
  return Object.fromEntries(linkIds.map((linkId, index) => [linkId, index < yes ? 1 : 0]));
}

describe("DN4 (Bouhassira et al., Pain 2005;114:29-36: 1 point per yes; >=3/7, >=4/10)", () => {
  it("interview part alone: 2/7 is below the cut-off, 3/7 is positive", () => {
    const two = scored(dn4, yesTo(dn4InterviewLinkIds, 2));
    expect([two.displayScore, two.form, two.interpretation.isPositiveScreen]).toEqual([
      "2/7",
      "interview",
      false,
    ]);
    const three = scored(dn4, yesTo(dn4InterviewLinkIds, 3));
    expect([three.displayScore, three.maximum, three.interpretation.isPositiveScreen]).toEqual([
      "3/7",
      7,
      true,
    ]);
  });

  it("with the examination: 3/10 is below the cut-off, 4/10 is positive", () => {
    const interviewThree = yesTo(dn4InterviewLinkIds, 3);
    const three = scored(dn4, { ...interviewThree, ...yesTo(dn4ExaminationLinkIds, 0) });
    expect([three.displayScore, three.form, three.interpretation.isPositiveScreen]).toEqual([
      "3/10",
      "full",
      false,
    ]);
    const four = scored(dn4, { ...interviewThree, ...yesTo(dn4ExaminationLinkIds, 1) });
    expect([four.score, four.interpretation.isPositiveScreen]).toEqual([4, true]);
    const all = scored(dn4, {
      ...yesTo(dn4InterviewLinkIds, 7),
      ...yesTo(dn4ExaminationLinkIds, 3),
    });
    expect(all.displayScore).toBe("10/10");
  });
});

describe("S-LANSS (Bennett et al., J Pain 2005;6:149-158: weighted yes, 0-24, >=12)", () => {
  const base = Object.fromEntries(sLanss.items.map((item) => [item.linkId, 0]));
  it("scores 0 for all no and 24 for all yes", () => {
    expect(scored(sLanss, base).score).toBe(0);
    const allYes = Object.fromEntries(sLanss.items.map((item) => [item.linkId, 1]));
    expect(scored(sLanss, allYes).score).toBe(24);
  });

  it("11 is below the cut-off, 12 is positive", () => {
    // 5 + 5 + 1 = 11; 5 + 5 + 2 = 12 (weights of Bennett 2001/2005).
    const eleven = { ...base, "strange-sensations": 1, "skin-changes": 1, burning: 1 };
    const twelve = { ...base, "strange-sensations": 1, "skin-changes": 1, "sudden-bursts": 1 };
    expect(scored(sLanss, eleven)).toMatchObject({
      score: 11,
      interpretation: { isPositiveScreen: false },
    });
    expect(scored(sLanss, twelve)).toMatchObject({
      score: 12,
      interpretation: { isPositiveScreen: true },
    });
    const selfTests = {
      ...base,
      "rubbing-test": 1,
      "pressing-test": 1,
      "touch-sensitivity": 1,
      burning: 1,
    };
    expect(scored(sLanss, selfTests).score).toBe(12);
  });
});

describe("ID Pain (Portenoy, Curr Med Res Opin 2006;22:1555-1565: items 1-5 +1, item 6 -1; >=3)", () => {
  const base = Object.fromEntries(idPain.items.map((item) => [item.linkId, 0]));
  const vectors: [Record<string, number>, number, boolean][] = [
    [{ ...base, "joints-only": 1 }, -1, false],
    [base, 0, false],
    [{ ...base, "pins-and-needles": 1, "hot-burning": 1 }, 2, false],
    [{ ...base, "pins-and-needles": 1, "hot-burning": 1, numbness: 1 }, 3, true],
    [{ ...base, "pins-and-needles": 1, "hot-burning": 1, numbness: 1, "joints-only": 1 }, 2, false],
    [
      { ...Object.fromEntries(idPain.items.map((item) => [item.linkId, 1])), "joints-only": 0 },
      5,
      true,
    ],
  ];
  for (const [answers, total, isPositive] of vectors) {
    it(`${JSON.stringify(answers)} -> ${total}`, () => {
      expect(scored(idPain, answers)).toMatchObject({
        score: total,
        interpretation: { isPositiveScreen: isPositive },
      });
    });
  }
});

describe("licensed instruments ship no item text", () => {
  it("has null text for every item of DN4, S-LANSS and ID Pain", () => {
    for (const spec of [dn4, sLanss, idPain]) {
      expect(spec.licence).toBe("licensed");
      expect(spec.items.every((item) => item.text === null)).toBe(true);
    }
  });
});

describe("a score below a neuropathic screen's cut-off is never reassurance (reference §7)", () => {
  const idPainBase = Object.fromEntries(idPain.items.map((item) => [item.linkId, 0]));
  const below = [
    { spec: idPain, answers: { ...idPainBase, "pins-and-needles": 1, "hot-burning": 1 } },
    { spec: sLanss, answers: Object.fromEntries(sLanss.items.map((item) => [item.linkId, 0])) },
    { spec: dn4, answers: Object.fromEntries(dn4.items.map((item) => [item.linkId, 0])) },
  ];

  for (const { spec, answers } of below) {
    it(`${spec.shortTitle}: says the score, the cut-off used, and that it does not rule nerve pain out`, () => {
      const { interpretation, displayScore } = scored(spec, answers);
      const words = `${interpretation.label} ${interpretation.message}`;
      expect(interpretation.isPositiveScreen).toBe(false);
      expect(words).not.toMatch(/nothing flagged|no nerve pain|reassur/i);
      expect(words).toContain(`Your score is ${displayScore}`);
      expect(words).toMatch(/cut-off/);
      expect(words).toMatch(/does not rule nerve pain out/);
    });
  }

  it("ID Pain names its cut-off of 3 and that a lower one (2) is also used", () => {
    const { interpretation } = scored(idPain, {
      ...idPainBase,
      "pins-and-needles": 1,
      "hot-burning": 1,
    });
    expect(interpretation.label).toBe("Below the cut-off of 3 used here");
    expect(interpretation.message).toContain("2");
  });
});
