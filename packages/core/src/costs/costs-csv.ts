import type { CsvCell } from "../csv/csv.js";
import { toCsv } from "../csv/csv.js";
import type { CostsExport } from "./costs.schema.js";
import { decimalAmount } from "./money-math.js";

export const costsCsvHeader = [
  "record",
  "id",
  "date",
  "description",
  "currency",
  "amount",
  "amount_minor",
  "paid_by",
  "package_id",
  "status",
  "reimbursed",
  "reimbursed_minor",
  "sessions",
  "note",
] as const;

type Row = Record<(typeof costsCsvHeader)[number], CsvCell>;

const empty: Row = Object.fromEntries(costsCsvHeader.map((column) => [column, null])) as Row;
const amount = (amountMinor: number, currency: string) => ({
  currency,
  amount: decimalAmount(amountMinor, currency),
  amount_minor: amountMinor,
});

/**
 * The costs export as CSV rows (RFC 4180 through `toCsv`): one row per session charge, package,
 * claim and estimate, each amount as a decimal in its currency's minor unit and as minor units,
 * with its ISO 4217 code. No totals row: totals across currencies would mean nothing.
 */
export function costsCsv(data: CostsExport): string {
  const rows: Row[] = [
    ...data.charges.map((charge) => ({
      ...empty,
      record: "session",
      id: charge.sessionId,
      date: charge.localDate,
      description: charge.therapy,
      ...amount(charge.price.amountMinor, charge.price.currency),
      paid_by: charge.paidBy,
      package_id: charge.packageId,
      note: charge.receiptNote,
    })),
    ...data.packages.map((bought) => ({
      ...empty,
      record: "package",
      id: bought.id,
      date: bought.boughtOn,
      description: bought.name,
      ...amount(bought.price.amountMinor, bought.price.currency),
      status: bought.isArchived
        ? "put away"
        : `${bought.sessionsLeft} of ${bought.sessionsTotal} left`,
      sessions: bought.sessionsTotal,
    })),
    ...data.claims.map((claim) => ({
      ...empty,
      record: "claim",
      id: claim.id,
      date: claim.decidedOn ?? claim.submittedOn,
      description: claim.insurer,
      ...amount(claim.amountClaimed.amountMinor, claim.amountClaimed.currency),
      status: claim.status,
      reimbursed: decimalAmount(claim.amountReimbursedMinor, claim.amountClaimed.currency),
      reimbursed_minor: claim.amountReimbursedMinor,
      sessions: claim.sessionIds.join(" "),
      note: claim.note,
    })),
    ...data.estimates.map((estimate) => ({
      ...empty,
      record: "estimate",
      id: estimate.id,
      date: estimate.givenOn,
      description: `${estimate.provider}: ${estimate.description}`,
      ...amount(estimate.comparison.estimate.amountMinor, estimate.comparison.estimate.currency),
      status: estimate.isGoodFaithEstimate ? "good faith estimate" : "estimate",
      note: `${estimate.coversFrom} to ${estimate.coversTo}`,
    })),
  ];
  return toCsv([
    [...costsCsvHeader],
    ...rows.map((row) => costsCsvHeader.map((column) => row[column])),
  ]);
}
