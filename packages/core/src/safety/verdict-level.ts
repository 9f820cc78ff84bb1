/**
 * What the rules say about a therapy (or a body area for it), from least to most severe:
 * ok < caution < ask-provider-first < avoid. Combining rules keeps the most severe verdict.
 */
export const verdictLevels = ["ok", "caution", "ask-provider-first", "avoid"] as const;
export type VerdictLevel = (typeof verdictLevels)[number];

export function severityOf(level: VerdictLevel): number {
  return verdictLevels.indexOf(level);
}

export function mostSevere(levels: Iterable<VerdictLevel>): VerdictLevel {
  let worst: VerdictLevel = "ok";
  for (const level of levels) if (severityOf(level) > severityOf(worst)) worst = level;
  return worst;
}
