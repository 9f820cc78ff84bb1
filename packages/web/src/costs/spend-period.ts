import { addCalendarDays } from "@painplan/core";

export const periodLabels = {
  "last-12-months": "The last 12 months",
  "this-year": "This year",
  "last-year": "Last year",
  "last-5-years": "The last 5 years",
} as const;
export type SpendPeriod = keyof typeof periodLabels;

/** The first and last month ("YYYY-MM") of a period, from the person's today ("YYYY-MM-DD"). */
export function periodMonths(period: SpendPeriod, today: string): { from: string; to: string } {
  const thisMonth = today.slice(0, 7);
  const year = Number(today.slice(0, 4));
  switch (period) {
    case "last-12-months":
      return { from: addCalendarDays(`${thisMonth}-01`, -334).slice(0, 7), to: thisMonth };
    case "this-year":
      return { from: `${year}-01`, to: thisMonth };
    case "last-year":
      return { from: `${year - 1}-01`, to: `${year - 1}-12` };
    case "last-5-years":
      return { from: `${year - 4}-01`, to: thisMonth };
  }
}
