import type { FitLevel, PractitionerModality, SessionPrice } from "@painplan/core";
import type { VerificationFacts } from "./verification-words";

/** A field with the date it was last checked (issue 13: every credential and "accepting"). */
export type Verified<T> = { value: T; verification: VerificationFacts };

/** One modality a practitioner offers, and whether the person's safety answers rule it out. */
export type ModalityView = {
  modality: PractitionerModality;
  name: string;
  /** Why the person should avoid it (from their safety intake), or null when it is fine. */
  avoidWhy: string | null;
};

export type CredentialView = {
  /** "Licence MA.123456, NY, until 31 March 2027" */
  text: string;
  verification: VerificationFacts;
};

/**
 * What a result card shows of one practitioner. The directory's contract is mapped into this
 * once (`practitioner-mapping.ts`), so the screens do not follow every change of the contract.
 */
export type PractitionerSummaryView = {
  id: string;
  /**
   * Their PainPlan account (self-registered), which the care team invites; null for a profile
   * imported from a register (then they can be invited by e-mail only).
   */
  accountId: string | null;
  name: string;
  practice: string;
  /** Made-up demo data (the synthetic directory): labelled on every card. */
  isFictional: boolean;
  modalities: ModalityView[];
  /** From the postal code searched from; null when no place was given. */
  distanceKm: number | null;
  /** The fit in one line ("8 km · neuropathy experience · …"); null outside a search. */
  fitSummary: string | null;
  fitLevel: FitLevel | null;
  /** What fits, strongest first. */
  whyThisMatch: string[];
  /** False when a modality they offer is one the person must avoid: never shown as a match. */
  isMatch: boolean;
  /** What does not fit, or is not sure (stale or unverified data), in plain words. */
  cautions: string[];
  accepting: Verified<boolean>;
  licences: CredentialView[];
  prices: SessionPrice[];
  slidingScale: string | null;
  /** "Clinic: 12 Main St, Brooklyn", "Home visits within 20 km (travel fee 15 USD)", "Online". */
  settings: string[];
};

/** The profile page: everything on the card and the rest of what they told the directory. */
export type PractitionerProfileView = PractitionerSummaryView & {
  bio: string;
  yearsInPractice: number | null;
  neuropathyExperience: string[];
  languages: string[];
  accessibility: string[];
  payments: string[];
  insurance: string[];
  availability: string;
  certifications: CredentialView[];
  identifiers: CredentialView[];
  specialties: string[];
};
