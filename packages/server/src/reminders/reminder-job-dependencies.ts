import type { ReminderOccurrence, SentChannel } from "@painplan/core";
import type { JobQueue } from "../jobs/job-queue.js";
import type { PlanCalendarSource } from "./plan-calendar.js";
import type { ReminderSettingsRepository } from "./reminder-settings.repository.js";
import type { RemindersService } from "./reminders.service.js";

/** What the reminders' scheduled work needs from the outside world. */
export type ReminderJobsDependencies = {
  queue: JobQueue;
  /** Who has an active plan (the look-ahead walks them). */
  plans: Pick<PlanCalendarSource, "ownersWithActivePlans">;
  /**
   * A person's occurrences between two instants in their zone: plan-server's
   * `planOccurrencesSource(db)` (exceptions, added sessions and pauses applied).
   */
  occurrences: (
    ownerId: string,
    fromIso: string,
    toIso: string,
  ) => Promise<(ReminderOccurrence & { end: string })[]>;
  settings: ReminderSettingsRepository;
  reminders: RemindersService;
  /** The owner's zone, or undefined when the account is gone. */
  timeZoneOf: (userId: string) => Promise<string | undefined>;
  /** Whether a channel can reach this person now (a device; mail configured and an address). */
  available: (userId: string) => Promise<Record<SentChannel, boolean>>;
  publicUrl: string;
  /**
   * The session log's follow-ups (`sessions/session-follow-ups.ts`): a held occurrence with a
   * logged session is asked about by the session's own follow-ups, so the occurrence's check-in
   * is not sent too (one notification, not two).
   */
  sessionFollowUps: SessionFollowUpSource;
};

/** What the reminders need to know of the session log's follow-ups. */
export type SessionFollowUpSource = {
  /** When an unanswered follow-up of a live session is due; undefined when answered or gone. */
  pendingDueAt(userId: string, sessionId: string, dueAfter: string): Promise<string | undefined>;
  /** "itemId|originalStart" of the planned occurrences with a logged session started in a window. */
  loggedOccurrences(userId: string, fromIso: string, toIso: string): Promise<Set<string>>;
};
