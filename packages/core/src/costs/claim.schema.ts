/** Where an insurance claim stands. */
export const claimStatusValues = ["not-submitted", "submitted", "paid", "denied"] as const;
export type ClaimStatus = (typeof claimStatusValues)[number];
