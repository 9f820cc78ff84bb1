import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { costOfFirstSessions, packageBalance } from "./package-balance.js";

const runs = { numRuns: 400 };

describe("packageBalance", () => {
  it("counts down and shows the remainder honestly: 100.00 for 3 sessions", () => {
    const terms = { sessionsTotal: 3, amountMinor: 10_000 };
    expect(packageBalance(terms, 0)).toEqual({
      sessionsUsed: 0,
      sessionsLeft: 3,
      unitCostMinor: 3_333,
      remainderMinor: 1,
      valueLeftMinor: 10_000,
      isUsedUp: false,
    });
    expect(packageBalance(terms, 1)).toMatchObject({ sessionsLeft: 2, valueLeftMinor: 6_666 });
    expect(packageBalance(terms, 3)).toMatchObject({
      sessionsLeft: 0,
      valueLeftMinor: 0,
      isUsedUp: true,
    });
  });

  it("ten massages for 800.00 cost 80.00 each, no remainder", () => {
    expect(packageBalance({ sessionsTotal: 10, amountMinor: 80_000 }, 4)).toMatchObject({
      sessionsLeft: 6,
      unitCostMinor: 8_000,
      remainderMinor: 0,
      valueLeftMinor: 48_000,
    });
  });

  it("never goes negative, and its sessions add up to the amount exactly (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: -5, max: 2000 }),
        (sessionsTotal, amountMinor, used) => {
          const terms = { sessionsTotal, amountMinor };
          const balance = packageBalance(terms, used);
          expect(balance.sessionsLeft).toBeGreaterThanOrEqual(0);
          expect(balance.valueLeftMinor).toBeGreaterThanOrEqual(0);
          expect(balance.sessionsLeft + balance.sessionsUsed).toBe(sessionsTotal);
          expect(balance.remainderMinor).toBeLessThan(sessionsTotal);
          expect(balance.unitCostMinor * sessionsTotal + balance.remainderMinor).toBe(amountMinor);
          expect(costOfFirstSessions(terms, sessionsTotal)).toBe(amountMinor);
          expect(costOfFirstSessions(terms, balance.sessionsUsed) + balance.valueLeftMinor).toBe(
            amountMinor,
          );
        },
      ),
      runs,
    );
  });

  it("drawing one more session never raises what is left (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 250 }),
        (sessionsTotal, amountMinor, used) => {
          const before = packageBalance({ sessionsTotal, amountMinor }, used);
          const after = packageBalance({ sessionsTotal, amountMinor }, used + 1);
          expect(after.sessionsLeft).toBeLessThanOrEqual(before.sessionsLeft);
          expect(after.valueLeftMinor).toBeLessThanOrEqual(before.valueLeftMinor);
        },
      ),
      runs,
    );
  });
});
