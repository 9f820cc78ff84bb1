import { formatCalendarDate, type InstrumentSummary } from "@painplan/core";

/** The schedule of one questionnaire in plain words. */
export function scheduleText(summary: InstrumentSummary): string {
  const { schedule } = summary;
  if (summary.status === "not-installed") return "Not available in this PainPlan.";
  if (schedule.isWaitingForAnchorDate) return "Choose a start date to be reminded of this one.";
  if (schedule.isDue) return "Due today.";
  if (schedule.intervalDays === null) return "Whenever you like; no reminders.";
  const every = schedule.intervalDays === 1 ? "every day" : `every ${schedule.intervalDays} days`;
  const next = schedule.dueOn === null ? "" : ` Next on ${formatCalendarDate(schedule.dueOn)}.`;
  return `Suggested ${every}.${next}`;
}
