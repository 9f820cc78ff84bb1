import type { AreaVerdict, SafetyReason, VerdictLevel } from "@painplan/core";

export type AreaGroup = {
  labels: readonly string[];
  level: VerdictLevel;
  /** Only reasons the therapy as a whole does not already give (said once, not per area). */
  reasons: readonly SafetyReason[];
};

function reasonKey(reason: SafetyReason): string {
  return `${reason.ruleId}|${reason.text}`;
}

/**
 * Areas with the same verdict for the same reasons become one line ("Left sole of foot, Right
 * sole of foot: take care"), so both feet do not repeat the same advice twice.
 */
export function groupAreas(
  areas: readonly AreaVerdict[],
  therapyReasons: readonly SafetyReason[],
): AreaGroup[] {
  const alreadySaid = new Set(therapyReasons.map(reasonKey));
  const groups = new Map<string, AreaGroup & { labels: string[] }>();
  for (const area of areas) {
    const reasons = area.reasons.filter((reason) => !alreadySaid.has(reasonKey(reason)));
    const key = `${area.level}#${reasons.map(reasonKey).sort().join("#")}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { labels: [area.label], level: area.level, reasons });
    else group.labels.push(area.label);
  }
  return [...groups.values()];
}
