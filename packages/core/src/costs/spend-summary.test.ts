import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays } from "../time/calendar-date.js";
import { paidByValues } from "./charge.schema.js";
import { claimStatusValues } from "./claim.schema.js";
import {
  monthsBetween,
  spendSummary,
  type SpendCharge,
  type SpendClaim,
  type SpendPackage,
} from "./spend-summary.js";

const runs = { numRuns: 300 };
const massage = { key: "swedish-massage", label: "Swedish massage" };
const acupuncture = { key: "acupuncture", label: "Acupuncture" };

const charge = (
  sessionId: string,
  localDate: string,
  amountMinor: number,
  overrides: Partial<SpendCharge> = {},
): SpendCharge => ({
  sessionId,
  localDate,
  therapy: massage,
  price: { amountMinor, currency: "USD" },
  paidBy: "self",
  ...overrides,
});

describe("spendSummary", () => {
  it("sums by month and therapy, net of a paid claim spread over its sessions", () => {
    const summary = spendSummary({
      fromMonth: "2026-01",
      toMonth: "2026-03",
      charges: [
        charge("a", "2026-01-10", 9_000),
        charge("b", "2026-02-07", 9_000),
        charge("c", "2026-02-21", 12_000, { therapy: acupuncture }),
        charge("d", "2026-03-07", 8_000, { paidBy: "package" }),
        charge("e", "2026-03-08", 20_000, { paidBy: "insurance" }),
      ],
      packages: [
        {
          packageId: "p",
          boughtOn: "2026-03-01",
          therapy: massage,
          amount: { amountMinor: 80_000, currency: "USD" },
        },
      ],
      claims: [
        {
          claimId: "k",
          status: "paid",
          reimbursed: { amountMinor: 10_000, currency: "USD" },
          sessionIds: ["a", "b"],
          localDate: "2026-03-20",
        },
      ],
    });
    expect(summary.currencies).toHaveLength(1);
    const usd = summary.currencies[0];
    expect(usd).toMatchObject({
      currency: "USD",
      spentMinor: 9_000 + 9_000 + 12_000 + 80_000,
      reimbursedMinor: 10_000,
      netMinor: 100_000,
      billedToInsuranceMinor: 20_000,
      sessions: 5,
    });
    expect(usd?.byMonth).toEqual([
      { month: "2026-01", spentMinor: 9_000, reimbursedMinor: 5_000, netMinor: 4_000 },
      { month: "2026-02", spentMinor: 21_000, reimbursedMinor: 5_000, netMinor: 16_000 },
      { month: "2026-03", spentMinor: 80_000, reimbursedMinor: 0, netMinor: 80_000 },
    ]);
    expect(usd?.byTherapy.map((line) => [line.label, line.netMinor, line.sessions])).toEqual([
      ["Swedish massage", 88_000, 4],
      ["Acupuncture", 12_000, 1],
    ]);
  });

  it("keeps each currency apart and never adds them", () => {
    const summary = spendSummary({
      fromMonth: "2026-01",
      toMonth: "2026-01",
      charges: [
        charge("a", "2026-01-10", 9_000),
        charge("b", "2026-01-11", 7_000, { price: { amountMinor: 7_000, currency: "EUR" } }),
      ],
      packages: [],
      claims: [],
    });
    expect(summary.currencies.map((block) => [block.currency, block.spentMinor])).toEqual([
      ["EUR", 7_000],
      ["USD", 9_000],
    ]);
  });

  it("puts a paid claim without sessions in its currency on the claim's day, not linked", () => {
    const summary = spendSummary({
      fromMonth: "2026-01",
      toMonth: "2026-02",
      charges: [charge("a", "2026-01-10", 9_000)],
      packages: [],
      claims: [
        {
          claimId: "k",
          status: "paid",
          reimbursed: { amountMinor: 3_000, currency: "EUR" },
          sessionIds: ["a"],
          localDate: "2026-02-02",
        },
      ],
    });
    const eur = summary.currencies.find((block) => block.currency === "EUR");
    expect(eur?.byTherapy).toEqual([
      expect.objectContaining({ therapyKey: "unlinked", reimbursedMinor: 3_000, netMinor: -3_000 }),
    ]);
    expect(eur?.byMonth.find((month) => month.month === "2026-02")?.reimbursedMinor).toBe(3_000);
  });

  it("lists every month of the period, across a year's end", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(monthsBetween("2026-03", "2026-02")).toEqual([]);
  });
});

const currencies = ["USD", "EUR", "JPY"] as const;
const day = fc.integer({ min: 0, max: 4 * 365 }).map((days) => addCalendarDays("2024-01-01", days));
const therapy = fc.constantFrom(massage, acupuncture, { key: "custom:cupping", label: "Cupping" });
const moneyArb = fc.record({
  amountMinor: fc.integer({ min: 0, max: 1_000_000_000 }),
  currency: fc.constantFrom(...currencies),
});
const chargesArb = fc.uniqueArray(
  fc.record({
    sessionId: fc.uuid(),
    localDate: day,
    therapy,
    price: moneyArb,
    paidBy: fc.constantFrom(...paidByValues),
  }),
  { selector: (entry) => entry.sessionId, maxLength: 40 },
);
const packagesArb = fc.array(
  fc.record({ packageId: fc.uuid(), boughtOn: day, therapy, amount: moneyArb }),
  { maxLength: 5 },
);

function claimsFor(charges: readonly SpendCharge[]) {
  const ids = charges.map((entry) => entry.sessionId);
  return fc.array(
    fc.record({
      claimId: fc.uuid(),
      status: fc.constantFrom(...claimStatusValues),
      reimbursed: moneyArb,
      sessionIds: ids.length === 0 ? fc.constant([]) : fc.subarray(ids),
      localDate: day,
    }),
    { maxLength: 6 },
  );
}

const input = chargesArb.chain((charges) =>
  fc.tuple(fc.constant(charges), packagesArb, claimsFor(charges)),
);

describe("spendSummary (properties)", () => {
  it("months, therapies and totals agree exactly, per currency", () => {
    fc.assert(
      fc.property(
        input,
        ([charges, packages, claims]: [SpendCharge[], SpendPackage[], SpendClaim[]]) => {
          const summary = spendSummary({
            fromMonth: "2024-01",
            toMonth: "2027-12",
            charges,
            packages,
            claims,
          });
          const seen = new Set<string>();
          for (const block of summary.currencies) {
            expect(seen.has(block.currency)).toBe(false);
            seen.add(block.currency);
            const sum = (
              rows: { spentMinor: number; reimbursedMinor: number; netMinor: number }[],
            ) =>
              rows.reduce<[number, number, number]>(
                ([spent, reimbursed, net], row) => [
                  spent + row.spentMinor,
                  reimbursed + row.reimbursedMinor,
                  net + row.netMinor,
                ],
                [0, 0, 0],
              );
            const whole = [block.spentMinor, block.reimbursedMinor, block.netMinor];
            expect(sum(block.byMonth)).toEqual(whole);
            expect(sum(block.byTherapy)).toEqual(whole);
            expect(block.netMinor).toBe(block.spentMinor - block.reimbursedMinor);
            const ownSpent =
              charges
                .filter((entry) => entry.price.currency === block.currency)
                .filter((entry) => ["self", "hsa-fsa", "other"].includes(entry.paidBy))
                .reduce((total, entry) => total + entry.price.amountMinor, 0) +
              packages
                .filter((bought) => bought.amount.currency === block.currency)
                .reduce((total, bought) => total + bought.amount.amountMinor, 0);
            expect(block.spentMinor).toBe(ownSpent);
            const reimbursed = claims
              .filter(
                (claim) => claim.status === "paid" && claim.reimbursed.currency === block.currency,
              )
              .reduce((total, claim) => total + claim.reimbursed.amountMinor, 0);
            expect(block.reimbursedMinor).toBe(reimbursed);
          }
        },
      ),
      runs,
    );
  });

  it("a narrower period never shows more than the whole (non-negative parts)", () => {
    fc.assert(
      fc.property(
        input,
        ([charges, packages, claims]: [SpendCharge[], SpendPackage[], SpendClaim[]]) => {
          const whole = spendSummary({
            fromMonth: "2024-01",
            toMonth: "2027-12",
            charges,
            packages,
            claims,
          });
          const part = spendSummary({
            fromMonth: "2025-01",
            toMonth: "2025-12",
            charges,
            packages,
            claims,
          });
          for (const block of part.currencies) {
            const full = whole.currencies.find((entry) => entry.currency === block.currency);
            expect(block.spentMinor).toBeLessThanOrEqual(full?.spentMinor ?? 0);
            expect(block.reimbursedMinor).toBeLessThanOrEqual(full?.reimbursedMinor ?? 0);
            expect(block.byMonth).toHaveLength(12);
          }
        },
      ),
      runs,
    );
  });
});
