import { z } from "zod";
import { timeLimits } from "./time-limits.js";

/** A calendar day in the person's time zone. */
export const calendarDateSchema = z.iso
  .date({ error: "Enter a date as YYYY-MM-DD." })
  .refine((value) => value >= "1900-01-01", "Choose a date from 1900 on.")
  .describe("A calendar day (YYYY-MM-DD) in the person's own time zone.");

const earliestRecordedAtMs = Date.parse(timeLimits.earliestInstant);

/**
 * When something was felt: an ISO 8601 instant with an offset, stored as UTC. The lower bound
 * is checked here; "not in the future" needs the server's clock (see `checkRecordedAt`).
 */
export const recordedAtSchema = z.iso
  .datetime({ offset: true, error: "Enter a date and time such as 2026-03-01T08:30:00Z." })
  .refine((value) => Date.parse(value) >= earliestRecordedAtMs, "Choose a time from 1900 on.")
  .transform((value) => new Date(value).toISOString())
  .describe(
    `When the pain was felt (ISO 8601 with offset). Not before 1900, not more than ${timeLimits.clockSkewMinutes} minutes ahead of the server's clock.`,
  );
