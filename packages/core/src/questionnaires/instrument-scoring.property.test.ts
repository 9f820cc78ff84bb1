import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAnswers } from "./check-answers.js";
import { instrumentIds } from "./instrument-ids.js";
import { instrumentCatalog } from "./instrument-catalog.js";
import type { InstrumentSpec } from "./instrument-spec.js";
import { scoreResponse } from "./score-response.js";

/** Any valid answer set: one option per item; DN4's examination part present or left out. */
function validAnswers(spec: InstrumentSpec) {
  const pick = (items: InstrumentSpec["items"]) =>
    fc.tuple(
      ...items.map((item) =>
        fc.constantFrom(...item.options.map((option) => [item.linkId, option.value] as const)),
      ),
    );
  const selfReport = spec.items.filter((item) => item.part === "self-report");
  const examination = spec.items.filter((item) => item.part === "clinician-examination");
  return fc
    .tuple(
      pick(selfReport),
      examination.length === 0 ? fc.constant([]) : fc.option(pick(examination)),
    )
    .map(([own, exam]) => Object.fromEntries([...own, ...(exam ?? [])]));
}

describe("every valid answer set scores within the instrument's range (property)", () => {
  for (const id of instrumentIds) {
    const spec = instrumentCatalog[id];
    it(`${id}: ${spec.scoring.minimum}..${spec.scoring.maximum}`, () => {
      fc.assert(
        fc.property(validAnswers(spec), (answers) => {
          expect(checkAnswers(spec, answers)).toEqual([]);
          const outcome = scoreResponse(spec, answers);
          if (outcome.outcome !== "scored") return false;
          const { score, minimum, maximum } = outcome.result;
          return (
            minimum >= spec.scoring.minimum &&
            maximum <= spec.scoring.maximum &&
            score >= minimum &&
            score <= maximum &&
            Number(score.toFixed(spec.scoring.decimals)) === score
          );
        }),
      );
    });
  }
});

describe("any answer outside the options is refused for its item (property)", () => {
  for (const id of instrumentIds) {
    const spec = instrumentCatalog[id];
    it(id, () => {
      fc.assert(
        fc.property(
          validAnswers(spec),
          fc.constantFrom(...spec.items.filter((item) => item.part === "self-report")),
          fc.integer({ min: -1000, max: 1000 }),
          (answers, item, value) => {
            fc.pre(!item.options.some((option) => option.value === value));
            const outcome = scoreResponse(spec, { ...answers, [item.linkId]: value });
            return (
              outcome.outcome === "invalid" &&
              outcome.problems.some((problem) => problem.path === `answers.${item.linkId}`)
            );
          },
        ),
      );
    });
  }
});
