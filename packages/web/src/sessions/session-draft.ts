import {
  instantOfWallTime,
  minorUnitDigits,
  occurrenceOf,
  wallTimeOf,
  type FollowUpComparison,
  type LogSessionRequest,
  type PaidBy,
  type Pressure,
  type SessionDefaults,
  type SideEffectKind,
} from "@painplan/core";
import type { WallTimeValue } from "../forms/wall-time-field";
import { normaliseWallTime } from "../forms/clock-time";

/** What the log form holds while a person fills it in (kept as a draft across reloads). */
export type SessionDraft = {
  idempotencyKey: string;
  planItemId: string | null;
  occurrenceStart: string | null;
  title: string;
  therapyId: string;
  start: WallTimeValue;
  durationText: string;
  practitioner: string;
  pressure: Pressure | null;
  areas: string[];
  painBefore: number | null;
  painAfter: number | null;
  howItFelt: string;
  sideEffects: SideEffectKind[];
  sideEffectNote: string;
  priceText: string;
  currency: string;
  paidBy: PaidBy | null;
};

export const comparisonWords: Readonly<Record<FollowUpComparison, string>> = {
  better: "Better",
  same: "About the same",
  worse: "Worse",
};

/** A new draft: from a planned occurrence's defaults, or "now" for a session not in the plan. */
export function newSessionDraft(input: {
  defaults: SessionDefaults | undefined;
  timeZone: string;
  now: Date;
  newKey: () => string;
  currency: string;
}): SessionDraft {
  const { defaults, timeZone } = input;
  const startInstant = defaults?.startedAt ?? input.now.toISOString();
  const price = defaults?.usualPrice ?? null;
  return {
    idempotencyKey: input.newKey(),
    planItemId: defaults?.planItemId ?? null,
    occurrenceStart: defaults?.occurrenceStart ?? null,
    title: defaults?.title ?? "",
    therapyId: defaults?.therapyId ?? "",
    start: {
      wallTime: wallTimeOf(startInstant, timeZone),
      occurrence: occurrenceOf(startInstant, timeZone) ?? null,
    },
    durationText: String(defaults?.durationMinutes ?? 60),
    practitioner: defaults?.practitioner ?? "",
    pressure: defaults?.pressure ?? null,
    areas: defaults?.areas ?? [],
    painBefore: null,
    painAfter: null,
    howItFelt: "",
    sideEffects: [],
    sideEffectNote: "",
    priceText:
      price === null ? "" : minorToText(price.amountMinor, minorUnitDigits(price.currency)),
    currency: price?.currency ?? input.currency,
    paidBy: price === null ? null : "self",
  };
}

/** 9000 → "90.00" for a two-digit currency. */
export function minorToText(amountMinor: number, digits: number): string {
  if (digits === 0) return String(amountMinor);
  const whole = Math.trunc(amountMinor / 10 ** digits);
  const fraction = String(amountMinor % 10 ** digits).padStart(digits, "0");
  return `${whole}.${fraction}`;
}

/** "90", "90.5", "90,50" → minor units, exactly (no floating point); undefined when not money. */
export function textToMinor(text: string, digits: number): number | undefined {
  const match = /^(\d{1,9})(?:[.,](\d+))?$/.exec(text.trim());
  if (match === null) return undefined;
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return undefined;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

export type DraftProblem = { path: string; message: string };

/**
 * The request a draft makes, or the problems to show next to their fields. The server checks
 * everything again (and the times against its clock).
 */
export function sessionRequestOf(
  draft: SessionDraft,
  timeZone: string,
  minorDigits: (currency: string) => number,
): { request: LogSessionRequest } | { problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const startedAt = instantOfWallTime(
    normaliseWallTime(draft.start.wallTime),
    timeZone,
    draft.start.occurrence ?? "earlier",
  );
  if (startedAt === undefined)
    problems.push({ path: "startedAt", message: "Enter a date and a time." });
  const durationMinutes = Number(draft.durationText);
  if (!/^\d+$/.test(draft.durationText.trim()) || durationMinutes < 1 || durationMinutes > 480) {
    problems.push({
      path: "durationMinutes",
      message: "Enter the length in whole minutes, 1 to 480.",
    });
  }
  if (draft.planItemId === null && draft.therapyId === "") {
    problems.push({ path: "therapyId", message: "Choose the therapy." });
  }
  let charge: LogSessionRequest["charge"] = null;
  if (draft.priceText.trim() !== "") {
    const amountMinor = textToMinor(draft.priceText, minorDigits(draft.currency));
    if (amountMinor === undefined) {
      problems.push({
        path: "charge.price.amountMinor",
        message: "Enter the price as a number, such as 90 or 90.50.",
      });
    } else {
      charge = {
        price: { amountMinor, currency: draft.currency },
        paidBy: draft.paidBy ?? "self",
      };
    }
  }
  if (problems.length > 0 || startedAt === undefined) return { problems };
  return {
    request: {
      idempotencyKey: draft.idempotencyKey,
      startedAt,
      durationMinutes,
      therapyId:
        draft.therapyId === "" ? null : (draft.therapyId as LogSessionRequest["therapyId"]),
      customName: null,
      planItemId: draft.planItemId,
      occurrenceStart: draft.occurrenceStart,
      practitioner: draft.practitioner,
      pressure: draft.pressure,
      areas: draft.areas,
      painBefore: draft.painBefore,
      painAfter: draft.painAfter,
      howItFelt: draft.howItFelt,
      sideEffects: draft.sideEffects,
      sideEffectNote: draft.sideEffectNote,
      charge,
    },
  };
}
