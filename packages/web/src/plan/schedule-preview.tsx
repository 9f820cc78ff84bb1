import type { ItemSchedule } from "@painplan/core";
import type { PersonDates } from "../ui/person-dates";
import { previewDates } from "./preview-dates";
import { scheduleWords } from "./schedule-words";

type SchedulePreviewProps = { schedule: ItemSchedule; dates: PersonDates };

/**
 * The chosen schedule said back in plain words with the next few dates, so the person sees what
 * "every 2 weeks" means on their calendar before saving. A live region: it is read out as it
 * changes, without moving focus.
 */
export function SchedulePreview({ schedule, dates }: SchedulePreviewProps) {
  const upcoming = previewDates(schedule);
  return (
    <section className="panel panel--calm plan-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Your schedule</h2>
      <div aria-live="polite">
        <p className="plan-preview__words">{scheduleWords(schedule, dates.calendarDate)}</p>
        {upcoming === undefined ? (
          <p>The dates of a calendar rule show in your calendar once it is saved.</p>
        ) : (
          <>
            <p>Next sessions:</p>
            <ol className="plan-preview__dates">
              {upcoming.map((day) => (
                <li key={day}>
                  {dates.dayName(day)}, {schedule.timeOfDay}
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
