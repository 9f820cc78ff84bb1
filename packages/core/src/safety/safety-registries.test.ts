import { describe, expect, it } from "vitest";
import { safetyAnswersSchema } from "./safety-intake.schema.js";
import { redFlagIds, redFlags } from "./red-flags.js";
import { safetyQuestionIds, safetyQuestions } from "./safety-questions.js";
import { safetyRules } from "./safety-rules.js";
import { safetySourceIds, safetySources } from "./safety-sources.js";

describe("safety registries", () => {
  it("every source is cited by a rule or a red flag, and names its reference section", () => {
    const cited = new Set<string>([
      ...safetyRules.flatMap((rule) => [rule.sourceId, ...(rule.otherSourceIds ?? [])]),
      ...redFlagIds.map((id) => redFlags[id].sourceId),
    ]);
    expect(safetySourceIds.filter((id) => !cited.has(id))).toEqual([]);
    for (const id of safetySourceIds) {
      expect(id.startsWith(`ref-${safetySources[id].section}-`)).toBe(true);
    }
  });

  it("rule ids are unique", () => {
    const ids = safetyRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every question is a field of the answers schema, asked in plain words", () => {
    const fields = Object.keys(safetyAnswersSchema.shape);
    for (const id of safetyQuestionIds) {
      expect(fields).toContain(id);
      expect(safetyQuestions[id].text).toMatch(/\?$/);
    }
  });

  it("every yes/no question is read by at least one rule", () => {
    const read = new Set(safetyRules.flatMap((rule) => rule.reads));
    expect(safetyQuestionIds.filter((id) => !read.has(id))).toEqual([]);
  });
});
