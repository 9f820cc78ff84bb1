import { agoWords } from "./ago-words";

export type VerificationState = "verified" | "stale" | "unverified";

/** What the directory knows about one field's last check, in the person's days. */
export type VerificationFacts = {
  /** The person's local day of the last check, or null when nobody checked it. */
  verifiedOn: string | null;
  verifiedBy: string | null;
  /** Checked too long ago to trust (the directory's rule decides; the server says so). */
  isStale: boolean;
};

export type VerificationWords = { state: VerificationState; text: string };

/**
 * How sure a field is, said plainly, for one field (a licence, "accepting new clients"):
 * "verified 3 months ago by the PainPlan team", "last checked 2 years ago: may be out of date",
 * "not verified: ask them". Directories are often wrong, so every such field says it.
 */
export function verificationWords(facts: VerificationFacts, today: string): VerificationWords {
  if (facts.verifiedOn === null) {
    return { state: "unverified", text: "not verified: ask them" };
  }
  const ago = agoWords(facts.verifiedOn, today);
  const by = facts.verifiedBy === null || facts.verifiedBy === "" ? "" : ` by ${facts.verifiedBy}`;
  if (facts.isStale) {
    return { state: "stale", text: `last checked ${ago}${by}: may be out of date` };
  }
  return { state: "verified", text: `verified ${ago}${by}` };
}
