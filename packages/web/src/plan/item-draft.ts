import {
  isTherapyId,
  type CreatePlanItemRequest,
  type ItemSchedule,
  type PlanItem,
  type Pressure,
  type TherapySummary,
} from "@painplan/core";
import { cadenceOf, draftOf, type CadenceDraft } from "./cadence-draft";
import { defaultCadence, defaultDuration } from "./schedule-defaults";

/** "custom" when the person names a therapy that is not in the library. */
export const customTherapy = "custom";

/**
 * The plan item form while it is filled in (kept as a draft across reloads). Numbers are kept as
 * typed text and read by `scheduleOf` / `itemRequestOf`; core's schemas judge them.
 */
export type ItemDraft = {
  /** A library therapy id, `customTherapy`, or "" before a choice. */
  therapyId: string;
  customName: string;
  practitioner: string;
  /** The first session on the person's clock, "YYYY-MM-DDTHH:MM". */
  firstSession: string;
  cadence: CadenceDraft;
  /** Minutes as typed. */
  minutes: string;
  end: { kind: "never" } | { kind: "until"; date: string } | { kind: "count"; count: string };
  pressure: Pressure | null;
  focusAreas: string[];
  avoidAreas: string[];
  notes: string;
  /** Why this change (kept in the plan's timeline). */
  reason: string;
  /** Filled only when the safety rules say "avoid" and the person's provider cleared it. */
  clearedBy: string;
};

/** A blank item: the first session tomorrow at 10:00, an hour, every 2 weeks until chosen. */
export function blankItem(tomorrow: string): ItemDraft {
  return {
    therapyId: "",
    customName: "",
    practitioner: "",
    firstSession: `${tomorrow}T10:00`,
    cadence: { choice: "weekly", weeks: 2, days: [] },
    minutes: "60",
    end: { kind: "never" },
    pressure: null,
    focusAreas: [],
    avoidAreas: [],
    notes: "",
    reason: "",
    clearedBy: "",
  };
}

/**
 * Choosing a therapy from the library fills in its usual length and frequency (REFERENCE.md §6
 * via the library: massage → 60 min every 2 weeks); a custom therapy keeps what was there.
 */
export function chooseTherapy(
  draft: ItemDraft,
  therapyId: string,
  library: readonly TherapySummary[],
): ItemDraft {
  const therapy = library.find((entry) => entry.id === therapyId);
  if (therapy === undefined) return { ...draft, therapyId };
  return {
    ...draft,
    therapyId,
    minutes: `${defaultDuration(therapy.typicalMinutes)}`,
    cadence: defaultCadence(therapy.typicalFrequency),
    pressure: therapy.kind === "massage" ? (draft.pressure ?? "light") : draft.pressure,
  };
}

function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * The schedule the draft describes, or undefined when a part cannot be read yet (no first
 * session): the preview waits for it. Out-of-range numbers are passed on for core to judge.
 */
export function scheduleOf(draft: ItemDraft): ItemSchedule | undefined {
  const [startDate = "", timeOfDay = ""] = draft.firstSession.split("T");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate) || !/^\d{2}:\d{2}$/.test(timeOfDay)) return undefined;
  const end: ItemSchedule["end"] =
    draft.end.kind === "count" ? { kind: "count", count: wholeNumber(draft.end.count) } : draft.end;
  return {
    cadence: cadenceOf(draft.cadence, startDate),
    startDate,
    timeOfDay,
    durationMinutes: wholeNumber(draft.minutes),
    end,
  };
}

/** The therapy id to send: a library id, or null for a custom item (or nothing chosen). */
export function therapyIdOf(draft: Pick<ItemDraft, "therapyId">) {
  return isTherapyId(draft.therapyId) ? draft.therapyId : null;
}

/** The body of "add a plan item" (core's CreatePlanItemRequest without the version). */
export function itemRequestOf(
  draft: ItemDraft,
  schedule: ItemSchedule,
  clearedOn: string,
): Omit<CreatePlanItemRequest, "expectedVersion"> {
  const therapyId = therapyIdOf(draft);
  const clearedBy = draft.clearedBy.trim();
  return {
    therapyId,
    customName: therapyId === null ? draft.customName : null,
    practitioner: draft.practitioner,
    schedule,
    pressure: draft.pressure,
    focusRegionIds: draft.focusAreas,
    avoidRegionIds: draft.avoidAreas,
    notes: draft.notes,
    clearance: clearedBy === "" ? null : { clearedBy, clearedOn },
    reason: draft.reason,
    proposedBy: "",
  };
}

/** The form for changing a saved item: everything as saved, the reason empty. */
export function draftFromItem(item: PlanItem): ItemDraft {
  const { schedule } = item;
  return {
    therapyId: item.therapyId ?? customTherapy,
    customName: item.customName ?? "",
    practitioner: item.practitioner,
    firstSession: `${schedule.startDate}T${schedule.timeOfDay}`,
    cadence: draftOf(schedule.cadence),
    minutes: `${schedule.durationMinutes}`,
    end:
      schedule.end.kind === "count"
        ? { kind: "count", count: `${schedule.end.count}` }
        : schedule.end,
    pressure: item.pressure,
    focusAreas: [...item.focusRegionIds],
    avoidAreas: [...item.avoidRegionIds],
    notes: item.notes,
    reason: "",
    clearedBy: item.clearance?.clearedBy ?? "",
  };
}

/** The day a clearance is recorded: kept from the saved item while its name is unchanged. */
export function clearedOnFor(draft: ItemDraft, item: PlanItem | undefined, today: string): string {
  const saved = item?.clearance;
  return saved !== undefined && saved !== null && saved.clearedBy === draft.clearedBy.trim()
    ? saved.clearedOn
    : today;
}
