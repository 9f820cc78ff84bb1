import type { VerdictLevel } from "@painplan/core";
import type { SessionPrice } from "./plan-cost";
import type { VerificationFacts } from "./verification-words";

/** A field with the date it was last checked (issue 13: every credential and "accepting"). */
export type Verified<T> = { value: T; verification: VerificationFacts };

/** One therapy a practitioner offers, with what the person's safety answers say about it. */
export type ModalityView = {
  therapyId: string;
  name: string;
  /** From the person's safety intake; undefined before they answered it. */
  level: VerdictLevel | undefined;
};

export type LicenceView = {
  /** "Massage therapist licence MA.123456, New York, until 31 March 2027" */
  text: string;
  verification: VerificationFacts;
};

/**
 * What a result card shows of one practitioner. The directory's contract is mapped into this
 * once (`practitioner-mapping.ts`), so the screens do not follow every change of the contract.
 */
export type PractitionerSummaryView = {
  id: string;
  name: string;
  practice: string;
  /** Made-up demo data (the synthetic directory): labelled on every card. */
  isFictional: boolean;
  modalities: ModalityView[];
  /** From the postal code searched from; null when no place was given. */
  distanceKm: number | null;
  /** The fit explained in words, strongest reason first. */
  whyThisMatch: string[];
  /** False when a therapy they offer is one the person must avoid: never shown as a match. */
  isMatch: boolean;
  /** Why it is not a match, or what to watch for, in plain words. */
  cautions: string[];
  accepting: Verified<boolean | null>;
  licences: LicenceView[];
  prices: SessionPrice[];
  slidingScale: string | null;
  /** "Clinic in Brooklyn", "Home visits within 20 km (travel fee 15 USD)", "Online". */
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
  certifications: LicenceView[];
  identifiers: string[];
  specialties: string[];
};
