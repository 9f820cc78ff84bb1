/** What a prepaid package holds, as the balance needs it. */
export type PackageTerms = { sessionsTotal: number; amountMinor: number };

/**
 * A package's balance and the cost of one session from it. The unit cost is `amount / N` in
 * whole minor units: `unitCostMinor` is the floor, and the `remainderMinor` units left over are
 * not hidden — the first `remainderMinor` sessions each cost one minor unit more, so the
 * sessions add up to the amount exactly (e.g. 100.00 for 3 sessions: 33.34, 33.33, 33.33).
 */
export type PackageBalance = {
  sessionsUsed: number;
  /** Never negative: a package cannot be overdrawn (the server refuses the extra session). */
  sessionsLeft: number;
  unitCostMinor: number;
  remainderMinor: number;
  /** The value of the sessions not used yet, in minor units (the later, cheaper ones). */
  valueLeftMinor: number;
  isUsedUp: boolean;
};

export function packageBalance(terms: PackageTerms, sessionsUsed: number): PackageBalance {
  const { sessionsTotal, amountMinor } = terms;
  const used = Math.min(Math.max(0, sessionsUsed), sessionsTotal);
  const unitCostMinor = Math.floor(amountMinor / sessionsTotal);
  const remainderMinor = amountMinor - unitCostMinor * sessionsTotal;
  const sessionsLeft = sessionsTotal - used;
  return {
    sessionsUsed: used,
    sessionsLeft,
    unitCostMinor,
    remainderMinor,
    valueLeftMinor: amountMinor - costOfFirstSessions(terms, used),
    isUsedUp: sessionsLeft === 0,
  };
}

/** What the first `count` sessions of a package cost together (the remainder goes first). */
export function costOfFirstSessions(terms: PackageTerms, count: number): number {
  const unit = Math.floor(terms.amountMinor / terms.sessionsTotal);
  const remainder = terms.amountMinor - unit * terms.sessionsTotal;
  const taken = Math.min(Math.max(0, count), terms.sessionsTotal);
  return unit * taken + Math.min(taken, remainder);
}
