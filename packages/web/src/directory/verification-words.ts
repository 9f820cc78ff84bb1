import { calendarDaysBetween, staleAfterDays, type VerificationSource } from "@painplan/core";
import { agoWords } from "./ago-words";

export type VerificationState = "verified" | "self" | "stale" | "not-confirmed" | "unverified";

/** What the directory knows about one field's last check, in the person's days. */
export type VerificationFacts = {
  /** The person's local day of the last check, or null when nobody checked it. */
  verifiedOn: string | null;
  /** "Admin Ada", "NPPES file of 2026-10-12"; "" when not known. */
  verifiedByName: string;
  source: VerificationSource | null;
  isConfirmed: boolean;
};

export const unverified: VerificationFacts = {
  verifiedOn: null,
  verifiedByName: "",
  source: null,
  isConfirmed: false,
};

export type VerificationWords = { state: VerificationState; text: string };

/**
 * How sure a field is, said plainly, for one field (a licence, "accepting new clients"):
 * "verified 3 months ago by Admin Ada", "said by the therapist 2 weeks ago", "last checked 2
 * years ago: may be out of date", "not verified: ask them". Directories are often wrong, so every
 * such field says it; older than the directory's limit (a year) is stale.
 */
export function verificationWords(facts: VerificationFacts, today: string): VerificationWords {
  if (facts.verifiedOn === null || facts.source === null) {
    return { state: "unverified", text: "not verified: ask them" };
  }
  const ago = agoWords(facts.verifiedOn, today);
  const name = facts.verifiedByName.trim();
  if (calendarDaysBetween(facts.verifiedOn, today) > staleAfterDays) {
    return { state: "stale", text: `last checked ${ago}: may be out of date` };
  }
  if (!facts.isConfirmed) {
    const by = name === "" ? "" : ` by ${name}`;
    return { state: "not-confirmed", text: `could not be confirmed (checked ${ago}${by})` };
  }
  switch (facts.source) {
    case "admin":
      return { state: "verified", text: `verified ${ago}${name === "" ? "" : ` by ${name}`}` };
    case "import":
      return {
        state: "verified",
        text: `from ${name === "" ? "a public register" : name}, ${ago}`,
      };
    case "self":
      return { state: "self", text: `said by the therapist ${ago}, not checked by us` };
  }
}
