/**
 * The time span a number describes. Every number of a pain entry is stored with its recall
 * period, because "7 now" and "7 on average over the last 24 hours" are different measurements
 * (clinical reference §1.1).
 */
export const recallPeriods = ["now", "last-24h", "last-night"] as const;
export type RecallPeriod = (typeof recallPeriods)[number];
