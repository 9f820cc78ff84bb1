import {
  localDayOf,
  modalityLabels,
  sessionLengths,
  type Fit,
  type PractitionerModality,
  type PractitionerProfile,
  type SessionPrice,
  type Verification,
} from "@painplan/core";
import type { PersonDates } from "../ui/person-dates";
import { moneyWords } from "./money-words";
import type {
  CredentialView,
  ModalityView,
  PractitionerProfileView,
  PractitionerSummaryView,
} from "./practitioner-view";
import { unverified, type VerificationFacts } from "./verification-words";

/** What a search or compare adds to a profile: the distance and the explained fit. */
export type SearchContext = { distanceKm: number | null; fit: Fit } | undefined;

/**
 * Outside a search (saved practitioners) the fit is not known, but the person's safety answers
 * still are: modalities they must avoid, with the reason, by modality.
 */
export type AvoidList = ReadonlyMap<PractitionerModality, string>;

export function verificationFacts(
  verification: Verification | null,
  dates: Pick<PersonDates, "timeZone">,
): VerificationFacts {
  if (verification === null) return unverified;
  return {
    verifiedOn: localDayOf(verification.verifiedAt, dates.timeZone),
    verifiedByName: verification.verifiedByName,
    source: verification.source,
    isConfirmed: verification.outcome === "confirmed",
  };
}

function pricesOf(profile: PractitionerProfile): SessionPrice[] {
  const byLength = {
    30: profile.prices.minutes30,
    60: profile.prices.minutes60,
    90: profile.prices.minutes90,
  } as const;
  return sessionLengths.flatMap((minutes) => {
    const amountMinor = byLength[minutes];
    return amountMinor === null
      ? []
      : [{ minutes, price: { amountMinor, currency: profile.currency } }];
  });
}

function money(profile: PractitionerProfile, amountMinor: number): string {
  return moneyWords({ amountMinor, currency: profile.currency });
}

function settingsOf(profile: PractitionerProfile): string[] {
  const settings: string[] = [];
  const { clinic, homeVisits } = profile;
  if (clinic !== null) {
    const place = [clinic.line, clinic.city].filter((part) => part !== "").join(", ");
    settings.push(`Clinic: ${place}`);
  }
  if (homeVisits !== null) {
    const fee =
      homeVisits.travelFeeMinor === 0
        ? "no travel fee"
        : `travel fee ${money(profile, homeVisits.travelFeeMinor)}`;
    settings.push(`Home visits within ${homeVisits.radiusKm} km (${fee})`);
  }
  if (profile.offersOnline) settings.push("Online sessions");
  return settings;
}

function slidingScaleOf(profile: PractitionerProfile): string | null {
  const scale = profile.slidingScale;
  if (scale === null) return null;
  const range = `${money(profile, scale.fromMinor)} to ${money(profile, scale.toMinor)}`;
  return scale.howDecided === "" ? range : `${range}: ${scale.howDecided}`;
}

function modalitiesOf(profile: PractitionerProfile, avoid: AvoidList): ModalityView[] {
  return profile.modalities.map((modality) => ({
    modality,
    name: modalityLabels[modality],
    avoidWhy: avoid.get(modality) ?? null,
  }));
}

function avoidListOf(fit: Fit): AvoidList {
  return new Map(fit.avoidModalities.map((entry) => [entry.modality, entry.why]));
}

/** The card's view of a profile, with the search's fit when there is one. */
export function summaryOf(
  profile: PractitionerProfile,
  search: SearchContext,
  avoidOutsideSearch: AvoidList,
  dates: PersonDates,
): PractitionerSummaryView {
  const avoid = search === undefined ? avoidOutsideSearch : avoidListOf(search.fit);
  const modalities = modalitiesOf(profile, avoid);
  const reasons = search?.fit.reasons;
  // Core's rule: not a match only when every modality they offer is one to avoid.
  const isMatch =
    search === undefined
      ? modalities.some((modality) => modality.avoidWhy === null)
      : search.fit.level !== "not-a-match";
  return {
    id: profile.id,
    accountId: profile.userId,
    name: profile.displayName,
    practice: profile.practiceName ?? "",
    isFictional: profile.isFictional,
    modalities,
    distanceKm: search?.distanceKm ?? null,
    fitSummary: search?.fit.summary ?? null,
    fitLevel: search?.fit.level ?? null,
    whyThisMatch: (reasons ?? [])
      .filter((reason) => reason.kind === "match")
      .map((reason) => reason.text),
    isMatch,
    cautions: cautionsOf(reasons, modalities),
    accepting: {
      value: profile.isAcceptingNewClients,
      verification: verificationFacts(profile.acceptingVerification, dates),
    },
    licences: profile.licences.map((licence) =>
      credentialOf(`Licence ${licence.number}, ${licence.issuer}`, licence, dates),
    ),
    prices: pricesOf(profile),
    slidingScale: slidingScaleOf(profile),
    settings: settingsOf(profile),
  };
}

function credentialOf(
  text: string,
  credential: { expiresOn: string | null; verification: Verification | null },
  dates: PersonDates,
): CredentialView {
  const until =
    credential.expiresOn === null ? "" : `, until ${dates.calendarDate(credential.expiresOn)}`;
  return {
    text: `${text}${until}`,
    verification: verificationFacts(credential.verification, dates),
  };
}

/**
 * What does not fit or is not sure, once each. Outside a search there is no fit, so the avoided
 * modalities are said here in the fit's own words.
 */
function cautionsOf(
  reasons: Fit["reasons"] | undefined,
  modalities: readonly ModalityView[],
): string[] {
  if (reasons === undefined) {
    return modalities.flatMap((modality) =>
      modality.avoidWhy === null
        ? []
        : [`${modality.name}: your safety answers say to avoid it (${modality.avoidWhy}).`],
    );
  }
  const texts = reasons.filter((reason) => reason.kind !== "match").map((reason) => reason.text);
  return [...new Set(texts)];
}

function yesList(entries: readonly [boolean, string][]): string[] {
  return entries.flatMap(([isYes, words]) => (isYes ? [words] : []));
}

/** The profile page's view: the card's, and everything else the practitioner told us. */
export function profileOf(
  profile: PractitionerProfile,
  search: SearchContext,
  avoidOutsideSearch: AvoidList,
  dates: PersonDates,
): PractitionerProfileView {
  const summary = summaryOf(profile, search, avoidOutsideSearch, dates);
  const experience = [
    ...profile.neuropathyConditions.map((condition) => `Has worked with ${condition}`),
    ...(profile.neuropathyTechniques.length === 0
      ? []
      : [`Techniques: ${profile.neuropathyTechniques.join(", ")}`]),
    ...(profile.neuropathyExperience === "" ? [] : [profile.neuropathyExperience]),
  ];
  return {
    ...summary,
    bio: profile.bio,
    yearsInPractice: profile.yearsInPractice,
    neuropathyExperience: experience,
    languages: profile.languages,
    accessibility: yesList([
      [profile.accessibility.isStepFree, "Step-free entrance"],
      [profile.accessibility.hasLoweringTable, "Table that lowers"],
      [profile.accessibility.hasParking, "Parking"],
    ]),
    payments: [
      ...yesList([
        [profile.providesSuperbills, "Superbills (a receipt for your insurer)"],
        [profile.acceptsHsaFsa, "HSA or FSA card"],
        [profile.offersPaymentPlans, "Payment plans"],
      ]),
      ...(profile.packages === "" ? [] : [`Packages: ${profile.packages}`]),
    ],
    insurance: profile.insuranceAccepted,
    availability: profile.availability,
    certifications: profile.certifications.map((certification) =>
      credentialOf(`${certification.name}, ${certification.issuer}`, certification, dates),
    ),
    identifiers:
      profile.npi === null
        ? []
        : [
            {
              text: `NPI ${profile.npi} (US national provider number)`,
              verification: verificationFacts(profile.npiVerification, dates),
            },
          ],
    specialties: profile.taxonomies.map((taxonomy) => taxonomy.label),
  };
}
