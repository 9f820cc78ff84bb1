import { describe, expect, test } from "vitest";
import type { PlanOccurrence } from "../plan/plan-calendar.schema.js";
import type { PlanItem } from "../plan/plan-item.schema.js";
import { cadenceWords, planCostLines, priceFor, type SessionPrice } from "./plan-cost.js";

function anItem(overrides: Partial<PlanItem> = {}): PlanItem {
  return {
    id: "item-1",
    planId: "plan-1",
    therapyId: "swedish-massage",
    customName: null,
    title: "Swedish massage",
    practitioner: "",
    schedule: {
      cadence: { kind: "weekly", interval: 2, days: ["TU"] },
      startDate: "2026-11-03",
      timeOfDay: "10:00",
      durationMinutes: 60,
      end: { kind: "never" },
    },
    pressure: "light",
    focusRegionIds: [],
    avoidRegionIds: [],
    notes: "",
    safety: { level: "ok", instructions: [] },
    clearance: null,
    createdAt: "2026-11-01T10:00:00Z",
    updatedAt: "2026-11-01T10:00:00Z",
    ...overrides,
  };
}

function occurrences(
  itemId: string,
  count: number,
  status: PlanOccurrence["status"] = "scheduled",
) {
  return Array.from({ length: count }, (_, index) => ({
    itemId,
    key: `2026-12-${String(index + 1).padStart(2, "0")}T10:00`,
    start: "2026-12-01T09:00:00Z",
    end: "2026-12-01T10:00:00Z",
    localDate: "2026-12-01",
    localTime: "10:00",
    status,
    title: "Swedish massage",
    therapyId: "swedish-massage",
  })) as PlanOccurrence[];
}

const usd = (amountMinor: number) => ({ amountMinor, currency: "USD" });
const prices: SessionPrice[] = [
  { minutes: 30, price: usd(5000) },
  { minutes: 60, price: usd(9000) },
  { minutes: 90, price: usd(12_000) },
];
const offered = new Set(["swedish-massage"]);

describe("what the person's plan would cost with a practitioner", () => {
  test("issue 13's example: every 2 weeks, 60 min at 90 USD, 6 sessions ahead = 540 USD", () => {
    const [line, ...rest] = planCostLines([anItem()], occurrences("item-1", 6), prices, offered);
    expect(rest).toEqual([]);
    expect(line).toMatchObject({
      scheduleWords: "every 2 weeks, 60 min",
      sessions: 6,
      pricedMinutes: 60,
      isPricedAsOtherLength: false,
      each: usd(9000),
      total: usd(54_000),
    });
  });

  test("only sessions still to come count: cancelled, paused and held ones cost nothing here", () => {
    const mixed = [
      ...occurrences("item-1", 2),
      ...occurrences("item-1", 1, "moved"),
      ...occurrences("item-1", 1, "added"),
      ...occurrences("item-1", 3, "cancelled"),
      ...occurrences("item-1", 3, "paused"),
      ...occurrences("item-1", 1, "held"),
    ];
    expect(planCostLines([anItem()], mixed, prices, offered)[0]?.sessions).toBe(4);
  });

  test("items the practitioner does not offer, custom items and items with no session ahead are left out", () => {
    const yoga = anItem({ id: "item-2", therapyId: "yoga-tree", title: "Tree pose" });
    const custom = anItem({ id: "item-3", therapyId: null, customName: "Walk" });
    const idle = anItem({ id: "item-4" });
    const all = [...occurrences("item-2", 5), ...occurrences("item-3", 5)];
    expect(planCostLines([yoga, custom, idle], all, prices, offered)).toEqual([]);
    expect(planCostLines([anItem()], occurrences("item-1", 3), [], offered)).toEqual([]);
  });

  test("worked numbers: 45 min priced as 60 min, 3 × 90.00 USD = 270.00 USD; JPY has no minor unit", () => {
    const item = anItem({ schedule: { ...anItem().schedule, durationMinutes: 45 } });
    const [line] = planCostLines([item], occurrences("item-1", 3), prices, offered);
    expect(line).toMatchObject({
      scheduleWords: "every 2 weeks, 45 min",
      pricedMinutes: 60,
      isPricedAsOtherLength: true,
      each: usd(9000),
      total: usd(27_000),
    });
    const yen = [{ minutes: 60, price: { amountMinor: 8800, currency: "JPY" } }];
    const [inYen] = planCostLines([anItem()], occurrences("item-1", 7), yen, offered);
    expect(inYen?.total).toEqual({ amountMinor: 61_600, currency: "JPY" });
  });

  test("a length without its own price takes the nearest, and says so", () => {
    const item = anItem({ schedule: { ...anItem().schedule, durationMinutes: 45 } });
    const [line] = planCostLines([item], occurrences("item-1", 2), prices, offered);
    expect(line).toMatchObject({ pricedMinutes: 60, isPricedAsOtherLength: true });
    expect(priceFor(prices, 75)?.minutes).toBe(90);
    expect(priceFor(prices, 100)?.minutes).toBe(90);
    expect(priceFor(prices, 10)?.minutes).toBe(30);
  });

  test("how often, briefly", () => {
    const withCadence = (cadence: PlanItem["schedule"]["cadence"]) =>
      cadenceWords(anItem({ schedule: { ...anItem().schedule, cadence } }));
    expect(withCadence({ kind: "daily", interval: 1 })).toBe("every day");
    expect(withCadence({ kind: "daily", interval: 3 })).toBe("every 3 days");
    expect(withCadence({ kind: "weekly", interval: 1, days: ["MO"] })).toBe("every week");
    expect(withCadence({ kind: "weekly", interval: 1, days: ["MO", "TH"] })).toBe("twice a week");
    expect(withCadence({ kind: "weekly", interval: 1, days: ["MO", "WE", "FR"] })).toBe(
      "3 times a week",
    );
    expect(withCadence({ kind: "monthly", interval: 1 })).toBe("every month");
    expect(withCadence({ kind: "rrule", rrule: "FREQ=WEEKLY;BYDAY=MO" })).toBe(
      "on your own schedule",
    );
    expect(withCadence({ kind: "after-last-held", intervalWeeks: 2 })).toBe(
      "2 weeks after each session",
    );
  });
});
