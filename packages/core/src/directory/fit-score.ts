import type { VerdictLevel } from "../safety/verdict-level.js";
import { describeAge, describeAmount, daysSince } from "./describe-directory.js";
import type { DirectorySearchQuery, Fit, FitLevel, FitReason } from "./directory-search.schema.js";
import { distanceWords } from "./distance.js";
import { modalityLabels, type PractitionerModality } from "./practitioner-modalities.js";
import { staleAfterDays, type PractitionerProfile } from "./practitioner-profile.schema.js";

/**
 * The fit of one practitioner for one person (issue 13), pure and explained in words. Points
 * (0–100) add up what the person asked for and what is known to be current; a modality the
 * person's safety intake says to avoid is listed and earns nothing, and a practitioner whose
 * every relevant modality is to be avoided is "not a match" (score 0, ranked after every match).
 * Unverified or stale credentials and "accepting" lose points and say so.
 */
export type SafetyVerdictOfModality = { level: VerdictLevel; why: string };

export type FitInput = {
  profile: PractitionerProfile;
  distanceKm: number | null;
  radiusKm: number;
  query: Pick<
    DirectorySearchQuery,
    "modalities" | "technique" | "insurer" | "maxPriceMinor" | "sessionMinutes"
  > & {
    /** Where the search is (ISO 3166-1 alpha-2): distances read in miles too where people use them. */
    country?: string | undefined;
  };
  /** The person's safety verdict per modality (the worst over its library therapies). */
  safety: ReadonlyMap<PractitionerModality, SafetyVerdictOfModality>;
  now: Date;
  /**
   * The newest admin confirmation of a licence when already known (the search reads it from one
   * column instead of every licence); when undefined it is taken from `profile.licences`.
   */
  licenceConfirmedAt?: string | null;
};

/** Points per rule (documented in docs/directory.md). */
export const fitPoints = {
  base: 40,
  distance: 20,
  neuropathy: 15,
  technique: 5,
  accepting: 10,
  notAccepting: -25,
  price: 5,
  slidingScale: 5,
  insurance: 5,
  licenceVerified: 10,
  licenceStale: -5,
  licenceUnverified: -10,
  acceptingUnconfirmed: -5,
  askFirst: -5,
} as const;

export function sessionPrice(profile: PractitionerProfile, minutes: 30 | 60 | 90): number | null {
  if (minutes === 30) return profile.prices.minutes30;
  if (minutes === 90) return profile.prices.minutes90;
  return profile.prices.minutes60;
}

/** The newest admin confirmation of a licence, or undefined. */
export function latestLicenceConfirmation(profile: PractitionerProfile): string | undefined {
  return profile.licences
    .map((licence) => licence.verification)
    .filter((v) => v !== null && v.source === "admin" && v.outcome === "confirmed")
    .map((v) => v?.verifiedAt ?? "")
    .sort()
    .at(-1);
}

type Tally = { score: number; reasons: FitReason[]; summary: string[] };

function add(tally: Tally, points: number, reason?: FitReason, summary?: string): void {
  tally.score += points;
  if (reason !== undefined) tally.reasons.push(reason);
  if (summary !== undefined) tally.summary.push(summary);
}

function relevantModalities(input: FitInput): PractitionerModality[] {
  const wanted = input.query.modalities;
  const offered = input.profile.modalities;
  if (wanted === undefined || wanted.length === 0) return offered;
  const both = offered.filter((modality) => wanted.includes(modality));
  return both.length > 0 ? both : offered;
}

function scoreSafety(input: FitInput, tally: Tally): Fit["avoidModalities"] {
  const avoid: Fit["avoidModalities"] = [];
  for (const modality of input.profile.modalities) {
    const verdict = input.safety.get(modality);
    if (verdict === undefined) continue;
    const label = modalityLabels[modality];
    if (verdict.level === "avoid") {
      avoid.push({ modality, label, why: verdict.why });
      add(tally, 0, {
        kind: "mismatch",
        text: `${label}: your safety answers say to avoid it (${verdict.why}).`,
      });
    } else if (verdict.level === "ask-provider-first") {
      add(tally, fitPoints.askFirst, {
        kind: "caution",
        text: `${label}: ask your doctor first (${verdict.why}).`,
      });
    }
  }
  return avoid;
}

function scoreDistance(input: FitInput, tally: Tally): void {
  if (input.distanceKm === null) return;
  const closeness = Math.max(0, 1 - input.distanceKm / input.radiusKm);
  const text = distanceWords(input.distanceKm, input.query.country ?? null);
  add(tally, fitPoints.distance * closeness, { kind: "match", text }, text);
}

function scoreExperience(input: FitInput, tally: Tally): void {
  const { profile, query } = input;
  const hasExperience =
    profile.neuropathyConditions.length > 0 || profile.neuropathyExperience.trim() !== "";
  if (hasExperience) {
    const conditions = profile.neuropathyConditions.slice(0, 3).join(", ");
    add(
      tally,
      fitPoints.neuropathy,
      {
        kind: "match",
        text: conditions === "" ? "Neuropathy experience" : `Neuropathy experience: ${conditions}`,
      },
      "neuropathy experience",
    );
  }
  const technique = query.technique?.toLowerCase();
  if (technique !== undefined && technique !== "") {
    const known = profile.neuropathyTechniques.find((t) => t.toLowerCase().includes(technique));
    if (known === undefined) {
      add(tally, 0, { kind: "mismatch", text: `No "${query.technique}" technique listed` });
    } else {
      add(tally, fitPoints.technique, { kind: "match", text: `Uses ${known}` }, known);
    }
  }
}

function scoreAccepting(input: FitInput, tally: Tally): void {
  const { profile, now } = input;
  if (!profile.isAcceptingNewClients) {
    // A mismatch, so not part of "why this match".
    add(tally, fitPoints.notAccepting, { kind: "mismatch", text: "Not accepting new clients" });
    return;
  }
  add(tally, fitPoints.accepting, { kind: "match", text: "Accepting new clients" });
  const verification = profile.acceptingVerification;
  if (verification === null) {
    add(tally, fitPoints.acceptingUnconfirmed, {
      kind: "unverified",
      text: "“Accepting new clients” has never been confirmed",
    });
  } else if (daysSince(verification.verifiedAt, now) > staleAfterDays) {
    add(tally, fitPoints.acceptingUnconfirmed, {
      kind: "stale",
      text: `“Accepting new clients” last confirmed ${describeAge(verification.verifiedAt, now)}`,
    });
  }
}

function scoreMoney(input: FitInput, tally: Tally): void {
  const { profile, query } = input;
  const price = sessionPrice(profile, query.sessionMinutes);
  if (query.maxPriceMinor !== undefined && price !== null && price <= query.maxPriceMinor) {
    add(tally, fitPoints.price, {
      kind: "match",
      text: `${query.sessionMinutes} min for ${describeAmount(price, profile.currency)}`,
    });
  }
  if (profile.slidingScale !== null) {
    const from = describeAmount(profile.slidingScale.fromMinor, profile.currency);
    add(
      tally,
      fitPoints.slidingScale,
      { kind: "match", text: `Sliding scale from ${from}` },
      `sliding scale from ${from}`,
    );
  }
  const insurer = query.insurer?.toLowerCase();
  if (insurer !== undefined && profile.insuranceAccepted.length > 0) {
    const named = profile.insuranceAccepted.find((name) => name.toLowerCase().includes(insurer));
    if (insurer === "any" || named !== undefined) {
      add(tally, fitPoints.insurance, {
        kind: "match",
        text: `Takes ${named ?? profile.insuranceAccepted.slice(0, 2).join(", ")}`,
      });
    }
  }
}

function scoreLicence(input: FitInput, tally: Tally): Fit["dataStatus"] {
  const confirmed =
    input.licenceConfirmedAt === undefined
      ? latestLicenceConfirmation(input.profile)
      : (input.licenceConfirmedAt ?? undefined);
  if (confirmed === undefined) {
    add(
      tally,
      fitPoints.licenceUnverified,
      { kind: "unverified", text: "Licence not verified" },
      "licence not verified",
    );
    return "unverified";
  }
  const age = describeAge(confirmed, input.now);
  if (daysSince(confirmed, input.now) > staleAfterDays) {
    add(
      tally,
      fitPoints.licenceStale,
      { kind: "stale", text: `Licence last verified ${age}` },
      `licence verified ${age}`,
    );
    return "stale";
  }
  add(
    tally,
    fitPoints.licenceVerified,
    { kind: "match", text: `Licence verified ${age}` },
    `licence verified ${age}`,
  );
  return "verified";
}

function levelOf(score: number): FitLevel {
  if (score >= 70) return "good";
  if (score >= 45) return "fair";
  return "weak";
}

export function scoreFit(input: FitInput): Fit {
  const tally: Tally = { score: fitPoints.base, reasons: [], summary: [] };
  scoreDistance(input, tally);
  scoreExperience(input, tally);
  scoreMoney(input, tally);
  scoreAccepting(input, tally);
  const dataStatus = scoreLicence(input, tally);
  const avoidModalities = scoreSafety(input, tally);
  if (input.profile.isFictional) {
    tally.reasons.push({ kind: "caution", text: "Fictional record (demo data)" });
  }
  const avoided = new Set(avoidModalities.map((entry) => entry.modality));
  const isNotAMatch = relevantModalities(input).every((modality) => avoided.has(modality));
  const score = isNotAMatch ? 0 : Math.round(Math.min(100, Math.max(0, tally.score)));
  const summary = isNotAMatch
    ? [
        `not a match: ${avoidModalities.map((entry) => entry.label.toLowerCase()).join(", ")} to avoid`,
        ...tally.summary,
      ]
    : tally.summary;
  return {
    score,
    level: isNotAMatch ? "not-a-match" : levelOf(score),
    summary: summary.join(" · "),
    reasons: tally.reasons,
    avoidModalities,
    dataStatus,
  };
}

/** Ranking by fit: every match before every non-match, then score, then distance, then id. */
export function compareByFit(
  a: { fit: Fit; distanceKm: number | null; id: string },
  b: { fit: Fit; distanceKm: number | null; id: string },
): number {
  const aMatch = a.fit.level === "not-a-match" ? 1 : 0;
  const bMatch = b.fit.level === "not-a-match" ? 1 : 0;
  if (aMatch !== bMatch) return aMatch - bMatch;
  if (a.fit.score !== b.fit.score) return b.fit.score - a.fit.score;
  const distance = (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity);
  if (distance !== 0 && !Number.isNaN(distance)) return distance;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
