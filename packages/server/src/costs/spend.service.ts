import {
  addCalendarDays,
  forecastYearDays,
  instantPlusDays,
  localDayOf,
  planForecast,
  quarterDays,
  spendSummary,
  type Money,
} from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { fieldError, notFound } from "../errors/api-error.js";
import type { CostsDependencies } from "./costs-dependencies.js";
import { costsRepository as costs } from "./costs.repository.js";

/** The last day of a month "YYYY-MM" (the day before the next month's first). */
function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const next =
    monthNumber === 12
      ? `${year + 1}-01-01`
      : `${year}-${String(monthNumber + 1).padStart(2, "0")}-01`;
  return addCalendarDays(next, -1);
}

/** What was spent (by month and therapy), what the plan will cost, and an item's usual price. */
export function spendService(deps: CostsDependencies) {
  const { db, writes, clock } = deps;
  const now = () => clock.now().toISOString();

  return {
    /** Spend by month and therapy for [from, to] (months in the owner's zone; default 12 months). */
    async spend(owner: RecordOwner, query: { from?: string | undefined; to?: string | undefined }) {
      const thisMonth = localDayOf(now(), owner.timeZone).slice(0, 7);
      const toMonth = query.to ?? thisMonth;
      const fromMonth = query.from ?? addCalendarDays(`${toMonth}-01`, -334).slice(0, 7);
      if (fromMonth > toMonth)
        throw fieldError("from", "The first month must not be after the last.");
      const fromDate = `${fromMonth}-01`;
      const toDate = lastDayOf(toMonth);
      const charges = await costs.chargesBetween(db, owner.userId, fromDate, toDate);
      const claimRows = await costs.paidClaims(db, owner.userId);
      const known = new Set(charges.map((charge) => charge.sessionId));
      const missing = [...new Set(claimRows.flatMap((claim) => claim.session_ids))].filter(
        (sessionId) => !known.has(sessionId),
      );
      const claimCharges = await costs.chargesOf(db, owner.userId, missing);
      const packages = await costs.packagesBoughtBetween(db, owner.userId, fromDate, toDate);
      const summary = spendSummary({
        fromMonth,
        toMonth,
        charges: [...charges, ...claimCharges].filter((charge) => charge.localDate <= toDate),
        packages: packages.map((row) => ({
          packageId: row.id,
          boughtOn: row.bought_on,
          therapy:
            row.therapy_id === null
              ? { key: "package", label: row.name }
              : { key: row.therapy_id, label: row.name },
          amount: { amountMinor: row.amount_minor, currency: row.currency },
        })),
        claims: claimRows.map((row) => ({
          claimId: row.id,
          status: row.status,
          reimbursed: { amountMinor: row.amount_reimbursed_minor, currency: row.currency },
          sessionIds: row.session_ids,
          localDate:
            row.decided_on ?? localDayOf(new Date(row.created_at).toISOString(), owner.timeZone),
        })),
      });
      return { ...summary, timeZone: owner.timeZone };
    },

    /** The active plan's forecast: 13 weeks of dated sessions, and a quarter of 52 weeks. */
    async forecast(owner: RecordOwner) {
      const from = now();
      const yearEnd = instantPlusDays(clock.now(), forecastYearDays);
      const quarterEnd = instantPlusDays(clock.now(), quarterDays);
      const occurrences = (await deps.planOccurrences(owner.userId, from, yearEnd)).filter(
        (occurrence) =>
          occurrence.status !== "cancelled" &&
          occurrence.status !== "paused" &&
          occurrence.status !== "held" &&
          occurrence.start >= from,
      );
      const titles = new Map(
        occurrences.map((occurrence) => [occurrence.itemId, occurrence.title]),
      );
      const itemIds = [...titles.keys()];
      const set = new Map(
        (await costs.usualPrices(db, owner.userId)).map((row) => [
          row.plan_item_id,
          { amountMinor: row.amount_minor, currency: row.currency },
        ]),
      );
      const last = await costs.lastChargeByItem(db, owner.userId, itemIds);
      const forecast = planForecast({
        from,
        quarterEnd,
        items: itemIds.map((itemId) => ({
          itemId,
          title: titles.get(itemId) ?? "",
          usualPrice: set.get(itemId) ?? last.get(itemId) ?? null,
        })),
        occurrences,
      });
      return { ...forecast, timeZone: owner.timeZone };
    },

    async setUsualPrice(owner: RecordOwner, itemId: string, price: Money): Promise<void> {
      const isSet = await writes.run(async (trx) => {
        if (!(await costs.planItemExists(trx, owner.userId, itemId))) return false;
        await costs.setUsualPrice(trx, {
          user_id: owner.userId,
          plan_item_id: itemId,
          amount_minor: price.amountMinor,
          currency: price.currency,
          updated_at: now(),
        });
        return true;
      });
      if (!isSet) throw notFound("This plan item");
    },
  };
}
