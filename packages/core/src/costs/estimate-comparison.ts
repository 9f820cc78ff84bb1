import type { Money } from "./money.js";

/**
 * The US No Surprises Act lets a self-pay (uninsured or not using insurance) patient dispute a
 * bill that is at least 400 USD more than the provider's Good Faith Estimate, within 120 days of
 * the bill (patient-provider dispute resolution, 45 CFR 149.620; CMS "No Surprises" guidance).
 */
export const goodFaithDisputeThreshold: Money = { amountMinor: 40_000, currency: "USD" };
export const goodFaithDisputeDays = 120;

export type EstimateComparison = {
  estimate: Money;
  /** What was charged in the estimate's period and currency (its therapy, when it names one). */
  billed: Money;
  /** Billed minus estimate: above zero the bill is over the estimate. */
  differenceMinor: number;
  isOverEstimate: boolean;
  /** A Good Faith Estimate in USD exceeded by 400 USD or more: the person may dispute the bill. */
  mayDispute: boolean;
};

/** Compares what was billed with a written estimate, in the estimate's currency only. */
export function compareWithEstimate(
  estimate: Money & { isGoodFaithEstimate: boolean },
  billedMinor: number,
): EstimateComparison {
  const differenceMinor = billedMinor - estimate.amountMinor;
  return {
    estimate: { amountMinor: estimate.amountMinor, currency: estimate.currency },
    billed: { amountMinor: billedMinor, currency: estimate.currency },
    differenceMinor,
    isOverEstimate: differenceMinor > 0,
    mayDispute:
      estimate.isGoodFaithEstimate &&
      estimate.currency === goodFaithDisputeThreshold.currency &&
      differenceMinor >= goodFaithDisputeThreshold.amountMinor,
  };
}
