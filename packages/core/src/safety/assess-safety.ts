import { bodyRegions, findBodyRegion } from "../body-map/body-regions.js";
import type {
  AreaSummary,
  AreaVerdict,
  SafetyReason,
  TherapyVerdict,
} from "./safety-assessment.schema.js";
import { kindOfTherapy, therapyIds, type TherapyId } from "../therapies/therapy-ids.js";
import type { Finding, SafetyFacts, SafetyRule } from "./safety-rule.js";
import { safetyRules } from "./safety-rules.js";
import { mostSevere, severityOf } from "./verdict-level.js";

type Collected = { whole: SafetyReason[]; byRegion: Map<string, SafetyReason[]> };

const regionOrder = new Map(bodyRegions.map((region, index) => [region.id, index]));

function reasonOf(rule: SafetyRule, finding: Finding): SafetyReason {
  return {
    ruleId: rule.id,
    level: finding.level,
    text: finding.text,
    instructions: [...(finding.instructions ?? [])],
    sourceId: finding.sourceId ?? rule.sourceId,
    basis: finding.basis ?? "answer",
  };
}

/** Most severe first; equal levels keep rule order. */
function bySeverity(reasons: SafetyReason[]): SafetyReason[] {
  return [...reasons].sort((a, b) => severityOf(b.level) - severityOf(a.level));
}

function collect(facts: SafetyFacts, rules: readonly SafetyRule[]): Map<TherapyId, Collected> {
  const collected = new Map<TherapyId, Collected>(
    therapyIds.map((id) => [id, { whole: [], byRegion: new Map() }]),
  );
  for (const rule of rules) {
    for (const finding of rule.evaluate(facts)) {
      const reason = reasonOf(rule, finding);
      for (const therapyId of finding.therapyIds) {
        const entry = collected.get(therapyId);
        if (entry === undefined) continue;
        if (finding.regionIds === undefined) entry.whole.push(reason);
        for (const regionId of finding.regionIds ?? []) {
          entry.byRegion.set(regionId, [...(entry.byRegion.get(regionId) ?? []), reason]);
        }
      }
    }
  }
  return collected;
}

function areaVerdicts(byRegion: Map<string, SafetyReason[]>): AreaVerdict[] {
  return [...byRegion.entries()]
    .sort(([a], [b]) => (regionOrder.get(a) ?? 0) - (regionOrder.get(b) ?? 0))
    .map(([regionId, reasons]) => ({
      regionId,
      label: findBodyRegion(regionId)?.label ?? regionId,
      level: mostSevere(reasons.map((reason) => reason.level)),
      reasons: bySeverity(reasons),
    }));
}

/**
 * Every therapy's verdict: the rules' findings combined by taking the most severe level and
 * keeping every reason. A therapy no rule speaks about is "ok".
 */
export function assessTherapies(
  facts: SafetyFacts,
  rules: readonly SafetyRule[] = safetyRules,
): TherapyVerdict[] {
  return [...collect(facts, rules)].map(([therapyId, { whole, byRegion }]) => ({
    therapyId,
    kind: kindOfTherapy(therapyId),
    level: mostSevere(whole.map((reason) => reason.level)),
    reasons: bySeverity(whole),
    areas: areaVerdicts(byRegion),
  }));
}

/** The same verdicts seen per body area: the strictest level and the therapies it concerns. */
export function summarizeAreas(therapies: readonly TherapyVerdict[]): AreaSummary[] {
  const byRegion = new Map<string, AreaSummary>();
  for (const therapy of therapies) {
    for (const area of therapy.areas) {
      const summary = byRegion.get(area.regionId) ?? { ...area, therapyIds: [], reasons: [] };
      summary.level = mostSevere([summary.level, area.level]);
      summary.therapyIds.push(therapy.therapyId);
      for (const reason of area.reasons) {
        const isKnown = summary.reasons.some(
          (known) => known.ruleId === reason.ruleId && known.text === reason.text,
        );
        if (!isKnown) summary.reasons.push(reason);
      }
      byRegion.set(area.regionId, summary);
    }
  }
  return [...byRegion.values()]
    .sort((a, b) => (regionOrder.get(a.regionId) ?? 0) - (regionOrder.get(b.regionId) ?? 0))
    .map((summary) => ({ ...summary, reasons: bySeverity(summary.reasons) }));
}
