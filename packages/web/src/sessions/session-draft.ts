import {
  instantOfWallTime,
  minorUnitDigits,
  occurrenceOf,
  suggestedSessionStart,
  wallTimeOf,
  type FollowUpComparison,
  type LogSessionRequest,
  type PaidBy,
  type Pressure,
  type SessionDefaults,
  type SideEffectKind,
  type TherapySession,
  type UpdateSessionRequest,
} from "@painplan/core";
import type { WallTimeValue } from "../forms/wall-time-field";
import { normaliseWallTime } from "../forms/clock-time";
import type { FormProblem } from "../forms/form-problem";
import {
  changedCharge,
  regionPainOf,
  sameCharge,
  sameRegionPain,
  techniquesOf,
  techniquesProblem,
  techniquesText,
  type RegionPainDraft,
} from "./session-details";

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
  /** Techniques as typed, parted by commas. */
  techniquesText: string;
  pressure: Pressure | null;
  areas: string[];
  painBefore: number | null;
  painAfter: number | null;
  /** Pain by area, in the order the areas were added. */
  regionPain: RegionPainDraft[];
  howItFelt: string;
  sideEffects: SideEffectKind[];
  sideEffectNote: string;
  priceText: string;
  currency: string;
  paidBy: PaidBy | null;
  /**
   * Present while the start is the form's own suggestion (see `suggestedSessionStart`), so it
   * follows the length; gone once the person sets the start. Older drafts lack it: kept as typed.
   */
  autoStart?: { plannedStart: string | null } | undefined;
};

export const comparisonWords: Readonly<Record<FollowUpComparison, string>> = {
  better: "Better",
  same: "About the same",
  worse: "Worse",
};

/**
 * A new draft: from a planned occurrence's defaults, or for a session not in the plan one that
 * has just ended (now minus the length), so saving the defaults never ends in the future.
 */
export function newSessionDraft(input: {
  defaults: SessionDefaults | undefined;
  timeZone: string;
  now: Date;
  newKey: () => string;
  currency: string;
}): SessionDraft {
  const { defaults, timeZone } = input;
  const plannedStart = defaults?.startedAt ?? null;
  const durationMinutes = defaults?.durationMinutes ?? 60;
  const startInstant = suggestedSessionStart({ plannedStart, durationMinutes }, input.now);
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
    durationText: String(durationMinutes),
    practitioner: defaults?.practitioner ?? "",
    techniquesText: "",
    pressure: defaults?.pressure ?? null,
    areas: defaults?.areas ?? [],
    painBefore: null,
    painAfter: null,
    regionPain: [],
    howItFelt: "",
    sideEffects: [],
    sideEffectNote: "",
    priceText:
      price === null ? "" : minorToText(price.amountMinor, minorUnitDigits(price.currency)),
    currency: price?.currency ?? input.currency,
    paidBy: price === null ? null : "self",
    autoStart: { plannedStart },
  };
}

/**
 * What a change to the log form does: setting the start makes it the person's own; a new length
 * moves a start the person has not touched, so it still ends by `now`.
 */
export function sessionDraftChange(
  draft: SessionDraft,
  change: Partial<SessionDraft>,
  timeZone: string,
  now: Date,
): Partial<SessionDraft> {
  if (change.start !== undefined) return { ...change, autoStart: undefined };
  const durationText = change.durationText;
  if (durationText === undefined || draft.autoStart === undefined) return change;
  const durationMinutes = Number(durationText);
  if (!/^\d+$/.test(durationText.trim()) || durationMinutes < 1 || durationMinutes > 480) {
    return change;
  }
  const startInstant = suggestedSessionStart(
    { plannedStart: draft.autoStart.plannedStart, durationMinutes },
    now,
  );
  const start = {
    wallTime: wallTimeOf(startInstant, timeZone),
    occurrence: occurrenceOf(startInstant, timeZone) ?? null,
  };
  return { ...change, start };
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

/** A draft's problems as the form shows them: each next to its field, no summary of its own. */
export function draftProblem(problems: readonly DraftProblem[]): FormProblem {
  return {
    summary: undefined,
    fields: Object.fromEntries(problems.map((problem) => [problem.path, problem.message])),
  };
}

/**
 * The start and length a draft says, or the problems with them and with its therapy (the same
 * for logging and changing). `hasCustomName`: a saved session named by the person, not the library.
 */
function checkedTimes(
  draft: SessionDraft,
  timeZone: string,
  hasCustomName: boolean,
): { startedAt: string | undefined; durationMinutes: number; problems: DraftProblem[] } {
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
  if (draft.planItemId === null && draft.therapyId === "" && !hasCustomName) {
    problems.push({ path: "therapyId", message: "Choose the therapy." });
  }
  return { startedAt, durationMinutes, problems };
}

/**
 * The price a draft says: null when left empty, undefined (with a problem pushed) when it is
 * not money in the chosen currency.
 */
function checkedPrice(
  draft: SessionDraft,
  minorDigits: (currency: string) => number,
  problems: DraftProblem[],
): { amountMinor: number; currency: string } | null | undefined {
  if (draft.priceText.trim() === "") return null;
  const amountMinor = textToMinor(draft.priceText, minorDigits(draft.currency));
  if (amountMinor !== undefined) return { amountMinor, currency: draft.currency };
  problems.push({
    path: "charge.price.amountMinor",
    message: `Enter the price in ${draft.currency} as a number, such as 90 or 90.50.`,
  });
  return undefined;
}

/** The techniques a draft lists, with a problem pushed when they are too many or too long. */
function checkedTechniques(draft: SessionDraft, problems: DraftProblem[]): string[] {
  const techniques = techniquesOf(draft.techniquesText);
  const problem = techniquesProblem(techniques);
  if (problem !== undefined) problems.push(problem);
  return techniques;
}

/**
 * The request a draft makes, or the problems to show next to their fields. The server checks
 * everything again (and the times against its clock).
 */
export function sessionRequestOf(
  draft: SessionDraft,
  timeZone: string,
  minorDigits: (currency: string) => number,
): { request: LogSessionRequest } | { problems: DraftProblem[] } {
  const { startedAt, durationMinutes, problems } = checkedTimes(draft, timeZone, false);
  const price = checkedPrice(draft, minorDigits, problems);
  const techniques = checkedTechniques(draft, problems);
  if (problems.length > 0 || startedAt === undefined || price === undefined) return { problems };
  const charge: LogSessionRequest["charge"] =
    price === null ? null : { price, paidBy: draft.paidBy ?? "self" };
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
      techniques,
      pressure: draft.pressure,
      areas: draft.areas,
      painBefore: draft.painBefore,
      painAfter: draft.painAfter,
      regionPain: regionPainOf(draft.regionPain),
      howItFelt: draft.howItFelt,
      sideEffects: draft.sideEffects,
      sideEffectNote: draft.sideEffectNote,
      charge,
    },
  };
}

/**
 * The change form's draft of a saved session: its start on the person's clock (in `timeZone`),
 * its fields as the log form holds them. A session with a custom name keeps it (`title`, no
 * library therapy).
 */
export function sessionDraftOf(session: TherapySession, timeZone: string): SessionDraft {
  const price = session.charge?.price ?? null;
  return {
    idempotencyKey: "",
    planItemId: session.planItemId,
    occurrenceStart: session.occurrenceStart,
    title: session.title,
    therapyId: session.therapyId ?? "",
    start: {
      wallTime: wallTimeOf(session.startedAt, timeZone),
      occurrence: occurrenceOf(session.startedAt, timeZone) ?? null,
    },
    durationText: String(session.durationMinutes),
    practitioner: session.practitioner,
    techniquesText: techniquesText(session.techniques),
    pressure: session.pressure,
    areas: session.areas,
    painBefore: session.painBefore,
    painAfter: session.painAfter,
    regionPain: session.regionPain ?? [],
    howItFelt: session.howItFelt,
    sideEffects: session.sideEffects,
    sideEffectNote: session.sideEffectNote,
    priceText:
      price === null ? "" : minorToText(price.amountMinor, minorUnitDigits(price.currency)),
    currency: price?.currency ?? "USD",
    paidBy: session.charge?.paidBy ?? null,
  };
}

const minuteOf = (instant: string) => Math.floor(Date.parse(instant) / 60_000);
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * What the change form sends: only the fields that differ from the saved session (the API
 * changes only what is sent, and a new start or length moves the follow-ups and is checked
 * against the clock, so an unchanged time is not sent). `unchanged` when nothing differs;
 * `problems` to show next to their fields. The plan link is never sent: the API does not change
 * it. A changed price, currency or payer sends the whole charge (the API replaces it); an
 * emptied price removes it.
 */
export function sessionChangesOf(
  draft: SessionDraft,
  session: TherapySession,
  timeZone: string,
): { changes: UpdateSessionRequest } | { problems: DraftProblem[] } | { unchanged: true } {
  const { startedAt, durationMinutes, problems } = checkedTimes(
    draft,
    timeZone,
    session.customName !== null,
  );
  const price = checkedPrice(draft, minorUnitDigits, problems);
  const techniques = checkedTechniques(draft, problems);
  if (problems.length > 0 || startedAt === undefined || price === undefined) return { problems };
  const changes: UpdateSessionRequest = {};
  // The form shows minutes; a start saved with seconds is unchanged when its minute is.
  if (minuteOf(startedAt) !== minuteOf(session.startedAt)) changes.startedAt = startedAt;
  if (durationMinutes !== session.durationMinutes) changes.durationMinutes = durationMinutes;
  if (draft.therapyId !== "" && draft.therapyId !== session.therapyId) {
    changes.therapyId = draft.therapyId as UpdateSessionRequest["therapyId"];
    changes.customName = null;
  }
  if (draft.practitioner !== session.practitioner) changes.practitioner = draft.practitioner;
  if (!sameList(techniques, session.techniques)) changes.techniques = techniques;
  if (draft.pressure !== session.pressure) changes.pressure = draft.pressure;
  if (!sameList(draft.areas, session.areas)) changes.areas = draft.areas;
  if (draft.painBefore !== session.painBefore) changes.painBefore = draft.painBefore;
  if (draft.painAfter !== session.painAfter) changes.painAfter = draft.painAfter;
  const regionPain = regionPainOf(draft.regionPain);
  if (!sameRegionPain(regionPain, session.regionPain)) changes.regionPain = regionPain;
  if (draft.howItFelt !== session.howItFelt) changes.howItFelt = draft.howItFelt;
  if (!sameList(draft.sideEffects, session.sideEffects)) changes.sideEffects = draft.sideEffects;
  if (draft.sideEffectNote !== session.sideEffectNote) {
    changes.sideEffectNote = draft.sideEffectNote;
  }
  const charge =
    price === null ? null : changedCharge(price, draft.paidBy ?? "self", session.charge);
  if (!sameCharge(charge, session.charge)) changes.charge = charge;
  return Object.keys(changes).length === 0 ? { unchanged: true } : { changes };
}
