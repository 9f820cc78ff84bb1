import { describe, expect, it } from "vitest";
import { scoreResponse } from "../score-response.js";
import { gad2 } from "./gad-2.js";
import { peg } from "./peg.js";
import { pgic } from "./pgic.js";
import { phq2 } from "./phq-2.js";
import type { InstrumentSpec } from "../instrument-spec.js";

function scored(spec: InstrumentSpec, answers: Record<string, number>) {
  const outcome = scoreResponse(spec, answers);
  if (outcome.outcome !== "scored") throw new Error(JSON.stringify(outcome.problems));
  return outcome.result;
}

describe("PEG (Krebs et al., J Gen Intern Med 2009;24(6):733-738: score = mean of the 3 items)", () => {
  const vectors: [pain: number, enjoyment: number, activity: number, display: string][] = [
    [0, 0, 0, "0.0"],
    [10, 10, 10, "10.0"],
    [7, 5, 6, "6.0"],
    [5, 5, 6, "5.3"],
    [6, 6, 5, "5.7"],
    [1, 0, 0, "0.3"],
  ];
  for (const [pain, enjoyment, activity, display] of vectors) {
    it(`(${pain}, ${enjoyment}, ${activity}) -> ${display}, shown with one decimal`, () => {
      const result = scored(peg, { pain, enjoyment, activity });
      expect(result.displayScore).toBe(display);
      expect(result.score).toBe(Number(display));
      expect(result.interpretation.isPositiveScreen).toBeNull();
    });
  }

  it("carries the LOINC codes of the reference (panel 91148-7, items, mean 91147-9)", () => {
    expect(peg.loincPanelCode).toBe("91148-7");
    expect(peg.loincScoreCode).toBe("91147-9");
    expect(peg.items.map((item) => item.loincCode)).toEqual(["75893-8", "91145-3", "91146-1"]);
  });

  it("says that it shows one decimal where some records round to a whole number", () => {
    expect(peg.scoring.decimals).toBe(1);
    expect(peg.scoring.method).toMatch(/one decimal/);
    expect(peg.scoring.method).toMatch(/round/);
  });
});

describe("PGIC (NINDS CDE coding 1-7; importance per IMMPACT, Dworkin et al. J Pain 2008)", () => {
  const vectors: [number, string, boolean][] = [
    [1, "very-much-improved", false],
    [2, "much-improved", false],
    [3, "minimally-improved", false],
    [4, "no-change", false],
    [5, "minimally-worse", true],
    [6, "much-worse", true],
    [7, "very-much-worse", true],
  ];
  for (const [change, band, suggestsTalking] of vectors) {
    it(`${change} -> ${band}`, () => {
      const result = scored(pgic, { change });
      expect(result.score).toBe(change);
      expect(result.interpretation.band).toBe(band);
      expect(result.interpretation.suggestsTalkingToProvider).toBe(suggestsTalking);
    });
  }

  it("is anchored to a start date", () => {
    expect(pgic.usesAnchorDate).toBe(true);
  });
});

describe("PHQ-2 and GAD-2 (0-6; >=3 positive: Arroll 2010 Ann Fam Med; Kroenke 2007 Ann Intern Med)", () => {
  const cases: [InstrumentSpec, string, string][] = [
    [phq2, "interest", "mood"],
    [gad2, "nervous", "worry"],
  ];
  for (const [spec, first, second] of cases) {
    it(`${spec.shortTitle}: 2 is below the cut-off, 3 and 6 are positive`, () => {
      const low = scored(spec, { [first]: 1, [second]: 1 });
      expect(low.score).toBe(2);
      expect(low.interpretation.isPositiveScreen).toBe(false);
      for (const [a, b, total] of [
        [2, 1, 3],
        [0, 3, 3],
        [3, 3, 6],
      ] as const) {
        const high = scored(spec, { [first]: a, [second]: b });
        expect(high.score).toBe(total);
        expect(high.interpretation.isPositiveScreen).toBe(true);
        expect(high.interpretation.suggestsTalkingToProvider).toBe(true);
        expect(high.interpretation.message).toMatch(/provider/);
      }
    });

    it(`${spec.shortTitle}: below the cut-off is never reassurance (score, cut-off, can miss)`, () => {
      const low = scored(spec, { [first]: 1, [second]: 0 });
      expect(low.interpretation.label).not.toMatch(/nothing flagged|no concern|normal/i);
      expect(low.interpretation.label).toContain("cut-off of 3");
      expect(low.interpretation.message).toContain("Your score is 1 out of 6");
      expect(low.interpretation.message).toMatch(/does not rule .* out/);
    });

    it(`${spec.shortTitle} keeps crisis support visible and never words a result as a diagnosis`, () => {
      expect(spec.showsCrisisSupport).toBe(true);
      const high = scored(spec, { [first]: 3, [second]: 3 });
      expect(high.interpretation.message).toMatch(/suggest/);
      expect(high.interpretation.message).not.toMatch(/you have (depression|anxiety)|diagnos/i);
    });
  }

  it("carries the PHQ LOINC codes of the reference (items 44250-9, 44255-8; total 55758-7)", () => {
    expect(phq2.items.map((item) => item.loincCode)).toEqual(["44250-9", "44255-8"]);
    expect(phq2.loincScoreCode).toBe("55758-7");
    expect(gad2.items.map((item) => item.loincCode)).toEqual(["69725-0", "68509-9"]);
  });
});
