import type { PaidBy } from "./charge.schema.js";
import type { ClaimStatus } from "./claim.schema.js";
import type { Money } from "./money.js";
import { allocateProportionally } from "./money-math.js";

/** What a spend line is grouped under: a therapy of the catalogue, a custom name, or none. */
export type SpendTherapy = { key: string; label: string };

/** A session's charge, dated by the session's local day in the owner's zone. */
export type SpendCharge = {
  sessionId: string;
  localDate: string;
  therapy: SpendTherapy;
  price: Money;
  paidBy: PaidBy;
};
export type SpendPackage = {
  packageId: string;
  boughtOn: string;
  therapy: SpendTherapy;
  amount: Money;
};
export type SpendClaim = {
  claimId: string;
  status: ClaimStatus;
  reimbursed: Money;
  sessionIds: readonly string[];
  /** The local day the claim was decided (paid), else the day it was entered. */
  localDate: string;
};

export type SpendTotals = {
  spentMinor: number;
  reimbursedMinor: number;
  /** Spent minus reimbursed; negative when more came back than was paid in the period. */
  netMinor: number;
};
export type MonthSpend = SpendTotals & { month: string };
export type TherapySpend = SpendTotals & { therapyKey: string; label: string; sessions: number };
export type CurrencySpend = SpendTotals & {
  currency: string;
  /** Sessions the insurer was billed for directly: not the person's spending. */
  billedToInsuranceMinor: number;
  sessions: number;
  byMonth: MonthSpend[];
  byTherapy: TherapySpend[];
};
export type SpendSummary = { fromMonth: string; toMonth: string; currencies: CurrencySpend[] };

/** A claim paid back for sessions not linked (or in another currency) is grouped here. */
export const unlinkedTherapy: SpendTherapy = { key: "unlinked", label: "Not linked to a session" };

type Line = {
  currency: string;
  month: string;
  therapy: SpendTherapy;
  spent: number;
  reimbursed: number;
  billedToInsurance: number;
  isSession: boolean;
};

/** Who paid decides whether a session's price is the person's own spending. */
export function isOwnSpending(paidBy: PaidBy): boolean {
  switch (paidBy) {
    case "self":
    case "hsa-fsa":
    case "other":
      return true;
    case "insurance": // billed to the insurer directly
    case "package": // paid when the package was bought
      return false;
  }
}

const monthOf = (localDate: string) => localDate.slice(0, 7);

function chargeLine(charge: SpendCharge): Line {
  const own = isOwnSpending(charge.paidBy);
  return {
    currency: charge.price.currency,
    month: monthOf(charge.localDate),
    therapy: charge.therapy,
    spent: own ? charge.price.amountMinor : 0,
    reimbursed: 0,
    billedToInsurance: charge.paidBy === "insurance" ? charge.price.amountMinor : 0,
    isSession: true,
  };
}

/**
 * A paid claim's reimbursement, spread over the sessions it covers in proportion to their
 * prices (exactly: `allocateProportionally`), so it lands in each session's month and therapy.
 * Without sessions in the claim's currency it lands on the claim's day, "not linked".
 */
function claimLines(claim: SpendClaim, charges: ReadonlyMap<string, SpendCharge>): Line[] {
  if (claim.status !== "paid" || claim.reimbursed.amountMinor === 0) return [];
  const { currency, amountMinor } = claim.reimbursed;
  const covered = claim.sessionIds
    .map((sessionId) => charges.get(sessionId))
    .filter((charge): charge is SpendCharge => charge?.price.currency === currency);
  const line = (month: string, therapy: SpendTherapy, reimbursed: number): Line => ({
    currency,
    month,
    therapy,
    spent: 0,
    reimbursed,
    billedToInsurance: 0,
    isSession: false,
  });
  if (covered.length === 0) return [line(monthOf(claim.localDate), unlinkedTherapy, amountMinor)];
  const shares = allocateProportionally(
    amountMinor,
    covered.map((charge) => charge.price.amountMinor),
  );
  return covered.map((charge, index) =>
    line(monthOf(charge.localDate), charge.therapy, shares[index] ?? 0),
  );
}

/** Every month "YYYY-MM" from `from` to `to` inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split("-").map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard += 1) {
    const current = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
    if (current > to) break;
    months.push(current);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
  return months;
}

const totals = (spent: number, reimbursed: number): SpendTotals => ({
  spentMinor: spent,
  reimbursedMinor: reimbursed,
  netMinor: spent - reimbursed,
});

type Sums = { spent: number; reimbursed: number; sessions: number };
const noSums = (): Sums => ({ spent: 0, reimbursed: 0, sessions: 0 });

/** One pass over a currency's lines: sums by month and by therapy (no nested scans). */
function currencySpend(currency: string, lines: readonly Line[], months: string[]): CurrencySpend {
  const byMonth = new Map<string, Sums>(months.map((month) => [month, noSums()]));
  const byTherapy = new Map<string, Sums & { label: string }>();
  const whole = noSums();
  let billedToInsurance = 0;
  for (const line of lines) {
    const session = line.isSession ? 1 : 0;
    for (const sums of [whole, byMonth.get(line.month)]) {
      if (sums === undefined) continue;
      sums.spent += line.spent;
      sums.reimbursed += line.reimbursed;
      sums.sessions += session;
    }
    let therapy = byTherapy.get(line.therapy.key);
    if (therapy === undefined) {
      therapy = { ...noSums(), label: line.therapy.label };
      byTherapy.set(line.therapy.key, therapy);
    }
    therapy.spent += line.spent;
    therapy.reimbursed += line.reimbursed;
    therapy.sessions += session;
    billedToInsurance += line.billedToInsurance;
  }
  return {
    currency,
    ...totals(whole.spent, whole.reimbursed),
    billedToInsuranceMinor: billedToInsurance,
    sessions: whole.sessions,
    byMonth: months.map((month) => {
      const sums = byMonth.get(month) ?? noSums();
      return { month, ...totals(sums.spent, sums.reimbursed) };
    }),
    byTherapy: [...byTherapy.entries()]
      .map(([therapyKey, sums]) => ({
        therapyKey,
        label: sums.label,
        sessions: sums.sessions,
        ...totals(sums.spent, sums.reimbursed),
      }))
      .sort((a, b) => b.spentMinor - a.spentMinor || (a.label < b.label ? -1 : 1)),
  };
}

/**
 * Spending by month (the owner's local months) and by therapy, net of what insurers paid back,
 * one block per currency — amounts in different currencies are never added together. Counted
 * as spent: sessions paid by the person (self, HSA/FSA, other) and packages in the month they
 * were bought; sessions drawn from a package count as sessions but not again as money, and
 * sessions billed to the insurer directly are shown apart.
 */
export function spendSummary(input: {
  fromMonth: string;
  toMonth: string;
  charges: readonly SpendCharge[];
  packages: readonly SpendPackage[];
  claims: readonly SpendClaim[];
}): SpendSummary {
  const { fromMonth, toMonth } = input;
  const bySession = new Map(input.charges.map((charge) => [charge.sessionId, charge]));
  const lines: Line[] = [
    ...input.charges.map(chargeLine),
    ...input.packages.map((bought) => ({
      currency: bought.amount.currency,
      month: monthOf(bought.boughtOn),
      therapy: bought.therapy,
      spent: bought.amount.amountMinor,
      reimbursed: 0,
      billedToInsurance: 0,
      isSession: false,
    })),
    ...input.claims.flatMap((claim) => claimLines(claim, bySession)),
  ].filter((line) => line.month >= fromMonth && line.month <= toMonth);
  const months = monthsBetween(fromMonth, toMonth);
  const byCurrency = new Map<string, Line[]>();
  for (const line of lines) {
    const list = byCurrency.get(line.currency);
    if (list === undefined) byCurrency.set(line.currency, [line]);
    else list.push(line);
  }
  return {
    fromMonth,
    toMonth,
    currencies: [...byCurrency.keys()]
      .sort()
      .map((currency) => currencySpend(currency, byCurrency.get(currency) ?? [], months)),
  };
}
