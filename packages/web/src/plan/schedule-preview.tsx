import { describeSchedule, nextOccurrences, type ItemSchedule } from "@painplan/core";
import type { PersonDates } from "../ui/person-dates";

/** How many upcoming sessions the builder previews. */
export const previewCount = 5;

/** The locale of the schedule's words: the same English day-first dates as the rest of the app. */
export const scheduleLocale = "en-GB";

type SchedulePreviewProps = { schedule: ItemSchedule; dates: PersonDates; now?: Date };

/**
 * The next sessions of a draft schedule from `now`, expanded by core's `nextOccurrences` in the
 * person's zone (the same expansion as the calendar, reminders and the feed, custom RRULEs
 * included). Undefined when the draft cannot be expanded yet (an RRULE still being typed).
 */
export function previewSessions(
  schedule: ItemSchedule,
  timeZone: string,
  now: Date,
): { localDate: string; localTime: string }[] | undefined {
  try {
    return nextOccurrences(schedule, timeZone, now.toISOString(), previewCount);
  } catch {
    return undefined;
  }
}

/**
 * The chosen schedule said back in plain words (core's `describeSchedule`) with the next few
 * sessions (core's `nextOccurrences`), so the person sees what "every 2 weeks" means on their
 * calendar before saving. A live region: it is read out as it changes, without moving focus.
 */
export function SchedulePreview({ schedule, dates, now = new Date() }: SchedulePreviewProps) {
  const upcoming = previewSessions(schedule, dates.timeZone, now);
  return (
    <section className="panel panel--calm plan-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Your schedule</h2>
      <div aria-live="polite">
        <p className="plan-preview__words">{describeSchedule(schedule, scheduleLocale)}</p>
        {upcoming === undefined ? (
          <p>This calendar rule cannot be read yet, so there are no dates to show.</p>
        ) : upcoming.length === 0 ? (
          <p>No sessions are left on this schedule.</p>
        ) : (
          <>
            <p>Next sessions:</p>
            <ol className="plan-preview__dates">
              {upcoming.map((session) => (
                <li key={`${session.localDate}T${session.localTime}`}>
                  {dates.dayName(session.localDate)}, {session.localTime}
                </li>
              ))}
            </ol>
            {schedule.cadence.kind === "after-last-held" && (
              <p className="field__hint">
                If a session is late or early, the next ones move with it.
              </p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
