import { describe, expect, it } from "vitest";
import { assessTherapies } from "./assess-safety.js";
import { safetyRules } from "./safety-rules.js";
import { anIntake, calmPreSession } from "./testing/safety-intake.factory.js";
import { factsOf, type SafetyRuleRow } from "./testing/safety-rule-row.js";
import { bloodRuleRows } from "./testing/blood-rule-rows.js";
import { bodyAndDayRuleRows } from "./testing/body-and-day-rule-rows.js";
import { skinAndNerveRuleRows } from "./testing/skin-and-nerve-rule-rows.js";

/**
 * The rule table: one row per rule, from an intake where everything is "no" plus one risk, with
 * the verdict it must give and the reference entry it must cite. The rows are kept by topic in
 * testing/*-rule-rows.ts.
 */
const table: readonly SafetyRuleRow[] = [
  ...bloodRuleRows,
  ...skinAndNerveRuleRows,
  ...bodyAndDayRuleRows,
];

describe("the rule table", () => {
  it("has exactly one row per rule", () => {
    expect(table.map((row) => row.rule).sort()).toEqual(safetyRules.map((rule) => rule.id).sort());
  });

  for (const row of table) {
    it(`${row.rule}: ${row.therapy}${row.region === undefined ? "" : ` at ${row.region}`} → ${row.level} (${row.source})`, () => {
      const rule = safetyRules.find((candidate) => candidate.id === row.rule);
      expect(rule?.affects).toContain(row.therapy);
      const verdict = assessTherapies(factsOf(row)).find(
        (entry) => entry.therapyId === row.therapy,
      );
      const place =
        row.region === undefined
          ? verdict
          : verdict?.areas.find((area) => area.regionId === row.region);
      const reason = place?.reasons.find((entry) => entry.ruleId === row.rule);
      expect(reason).toMatchObject({ level: row.level, sourceId: row.source, basis: "answer" });
      expect(reason?.text.length).toBeGreaterThan(10);
    });

    it(`${row.rule} is silent when everything is "no"`, () => {
      const rule = safetyRules.find((candidate) => candidate.id === row.rule);
      expect(rule?.evaluate(anIntake().facts(calmPreSession))).toEqual([]);
    });
  }
});
