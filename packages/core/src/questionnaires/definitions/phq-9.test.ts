import { describe, expect, it } from "vitest";
import { instrumentCatalog, defaultIntervalDays } from "../instrument-catalog.js";
import { crisisItemRaised } from "../crisis-item.js";
import { scoreResponse } from "../score-response.js";
import { phq2 } from "./phq-2.js";
import { phq9, phq9LinkIds } from "./phq-9.js";

const answersOf = (values: readonly number[]) =>
  Object.fromEntries(phq9LinkIds.map((linkId, index) => [linkId, values[index] ?? 0]));

function scored(values: readonly number[]) {
  const outcome = scoreResponse(phq9, answersOf(values));
  if (outcome.outcome !== "scored") throw new Error(JSON.stringify(outcome.problems));
  return outcome.result;
}

/**
 * Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity
 * measure. J Gen Intern Med 2001;16(9):606-613 (REFERENCE §8): nine items 0-3 over the past two
 * weeks, total 0-27, severity cut-points 5, 10, 15 and 20.
 */
describe("PHQ-9 scoring (Kroenke, Spitzer, Williams 2001)", () => {
  const vectors: [answers: number[], total: number, band: string][] = [
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "minimal"],
    [[1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "minimal"],
    [[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "mild"],
    [[2, 2, 1, 1, 1, 1, 1, 0, 0], 9, "mild"],
    [[2, 2, 2, 1, 1, 1, 1, 0, 0], 10, "moderate"],
    [[2, 2, 2, 2, 2, 2, 2, 0, 0], 14, "moderate"],
    [[3, 2, 2, 2, 2, 2, 2, 0, 0], 15, "moderately-severe"],
    [[3, 3, 3, 2, 2, 2, 2, 2, 0], 19, "moderately-severe"],
    [[3, 3, 3, 3, 2, 2, 2, 2, 0], 20, "severe"],
    [[3, 3, 3, 3, 3, 3, 3, 3, 3], 27, "severe"],
  ];
  for (const [answers, total, band] of vectors) {
    it(`${answers.join(",")} -> ${total} (${band})`, () => {
      const result = scored(answers);
      expect(result.score).toBe(total);
      expect(result.displayScore).toBe(String(total));
      expect([result.minimum, result.maximum]).toEqual([0, 27]);
      expect(result.interpretation.band).toBe(band);
    });
  }

  it("never words a result as a diagnosis", () => {
    for (const [answers] of vectors) {
      const { interpretation } = scored(answers);
      expect(`${interpretation.label} ${interpretation.message}`).not.toMatch(
        /you have (major )?depression|you are depressed|diagnos(is|ed) of/i,
      );
    }
    expect(scored([3, 3, 3, 3, 3, 3, 3, 3, 3]).interpretation.message).toMatch(/not a diagnosis/);
  });

  it("refuses a missing item, with the item named", () => {
    const eight = Object.fromEntries(
      Object.entries(answersOf([0, 0, 0, 0, 0, 0, 0, 0, 0])).filter(([id]) => id !== "self-harm"),
    );
    const outcome = scoreResponse(phq9, eight);
    expect(outcome.outcome).toBe("invalid");
  });
});

describe("PHQ-9 definition", () => {
  it("is free, in the catalog, taken when offered (no interval), and keeps crisis support in view", () => {
    expect(instrumentCatalog["phq-9"]).toBe(phq9);
    expect(defaultIntervalDays["phq-9"]).toBeNull();
    expect(phq9.licence).toBe("free");
    expect(phq9.showsCrisisSupport).toBe(true);
    expect(phq9.items).toHaveLength(9);
  });

  it("starts with the two PHQ-2 items, the same words and codes", () => {
    expect(
      phq9.items.slice(0, 2).map(({ linkId, text, loincCode }) => ({ linkId, text, loincCode })),
    ).toEqual(phq2.items.map(({ linkId, text, loincCode }) => ({ linkId, text, loincCode })));
  });

  it("carries the LOINC codes of the reference (panel 44249-1, total 44261-6)", () => {
    expect(phq9.loincPanelCode).toBe("44249-1");
    expect(phq9.loincScoreCode).toBe("44261-6");
  });
});

describe("PHQ-9 item 9 and the crisis panel (REFERENCE §1.11, §8)", () => {
  it("names item 9 as the crisis item, raised by any answer above 'not at all'", () => {
    expect(phq9.crisisItem).toEqual({ linkId: "self-harm", minimumValue: 1 });
    expect(crisisItemRaised(phq9, answersOf([0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe(false);
    for (const value of [1, 2, 3]) {
      expect(crisisItemRaised(phq9, answersOf([0, 0, 0, 0, 0, 0, 0, 0, value]))).toBe(true);
    }
    expect(crisisItemRaised(phq9, {}), "not answered yet").toBe(false);
  });

  it("item 9 above 'not at all' says so in the result, whatever the total", () => {
    const result = scored([0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(result.interpretation.band).toBe("minimal");
    expect(result.interpretation.suggestsTalkingToProvider).toBe(true);
    expect(result.interpretation.message).toMatch(/hurting yourself/);
  });

  it("no other instrument has a crisis item", () => {
    for (const spec of Object.values(instrumentCatalog)) {
      if (spec.id !== "phq-9") expect(spec.crisisItem).toBeNull();
    }
  });
});
