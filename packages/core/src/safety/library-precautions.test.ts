import { describe, expect, it } from "vitest";
import { therapyIds } from "../therapies/therapy-ids.js";
import {
  libraryPrecautions,
  noConcernExplanation,
  notAskedTopics,
  precautionBasis,
} from "./library-precautions.js";
import { safetyRules } from "./safety-rules.js";

/**
 * The library's precautions and the safety rules agree (issue 10, reference §7 G1): a precaution
 * about the person has a rule behind it, and that rule reaches the therapy showing it.
 */
describe("library precautions and the safety rules", () => {
  const shown = therapyIds.flatMap((therapyId) =>
    libraryPrecautions(therapyId).map((text) => ({ therapyId, text })),
  );

  it("every precaution the library shows is classified", () => {
    const unclassified = shown.filter(({ text }) => precautionBasis[text] === undefined);
    expect(unclassified).toEqual([]);
  });

  it("every rule named behind a precaution exists and reaches a therapy that shows it", () => {
    const problems = Object.entries(precautionBasis).flatMap(([text, basis]) => {
      if (basis.kind !== "rules") return [];
      const showing = shown.filter((entry) => entry.text === text).map((entry) => entry.therapyId);
      return basis.ruleIds.flatMap((ruleId) => {
        const rule = safetyRules.find((candidate) => candidate.id === ruleId);
        if (rule === undefined) return [`${ruleId}: no such rule ("${text}")`];
        const reaches = showing.some((therapyId) => rule.affects.includes(therapyId));
        return reaches ? [] : [`${ruleId} does not reach ${showing.join(", ")} ("${text}")`];
      });
    });
    expect(problems).toEqual([]);
  });

  it("TENS: each contraindication in its text has a rule that reaches TENS", () => {
    const tensRules = libraryPrecautions("tens").flatMap((text) => {
      const basis = precautionBasis[text];
      return basis?.kind === "rules" ? basis.ruleIds : [];
    });
    const reaching = tensRules.filter((ruleId) =>
      safetyRules.find((rule) => rule.id === ruleId)?.affects.includes("tens"),
    );
    expect(new Set(reaching)).toEqual(
      new Set([
        "implanted-device-electrical-stimulation",
        "tens-reduced-sensation",
        "tens-broken-skin",
        "tens-blood-clot",
        "new-wound",
        "tens-pregnancy",
        "tens-epilepsy",
      ]),
    );
  });

  it("no entry is left over from text the library no longer shows", () => {
    const texts = new Set(shown.map((entry) => entry.text));
    expect(Object.keys(precautionBasis).filter((text) => !texts.has(text))).toEqual([]);
  });

  it("names what the intake does not ask, per therapy", () => {
    expect(notAskedTopics("exercise")).toEqual(["diabetic eye disease"]);
    expect(notAskedTopics("swedish-massage")).toEqual([]);
  });
});

describe("what 'no concern found' means", () => {
  it("says it comes from the answers given, what was not asked, and to talk to the provider", () => {
    const lines = noConcernExplanation("yoga-supine-twist").join(" ");
    expect(lines).toContain("from the answers you gave");
    expect(lines).toContain("did not ask about back surgery");
    expect(lines).toContain("not a medical clearance");
    expect(lines).toContain("talk to your provider");
  });

  it("never claims clearance, even where nothing was left out", () => {
    const lines = noConcernExplanation("swedish-massage").join(" ");
    expect(lines).toContain("not your whole health");
    expect(lines).not.toMatch(/\b(safe for you|cleared|OK for you)\b/i);
  });
});
