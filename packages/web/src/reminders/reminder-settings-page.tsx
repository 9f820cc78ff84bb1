import type { ReminderSettingsResponse } from "@painplan/core";
import { Link } from "react-router";
import { usePersonDates } from "../accounts/use-person-dates";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import type { PersonDates } from "../ui/person-dates";
import { FeedSection } from "./feed-section";
import { PushSection } from "./push-section";
import { useReminderSettings, useSnoozeReminders, useStopReminders } from "./reminder-queries";
import { ReminderSettingsForm } from "./reminder-settings-form";

/** Reminders of the plan's sessions: channels, timing, quiet hours, the calendar link, devices. */
export function ReminderSettingsPage() {
  const settings = useReminderSettings();
  const dates = usePersonDates();
  return (
    <Page
      title="Reminders"
      heading="Reminders"
      intro={<p>Choose how PainPlan reminds you of your sessions, and when it stays quiet.</p>}
    >
      {settings.isPending && <LoadingPanel what="your reminder settings" />}
      {settings.isError && (
        <RetryPanel what="your reminder settings" onRetry={() => void settings.refetch()} />
      )}
      {settings.data !== undefined && <Settings current={settings.data} dates={dates} />}
      <p>
        <Link className="inline-target" to="/plan">
          Back to my plan
        </Link>
      </p>
    </Page>
  );
}

function Settings({ current, dates }: { current: ReminderSettingsResponse; dates: PersonDates }) {
  return (
    <>
      <PauseReminders current={current} dates={dates} />
      <ReminderSettingsForm current={current} />
      <FeedSection feed={current.feed} dates={dates} />
      <PushSection push={current.push} dates={dates} />
    </>
  );
}

/** One tap to snooze for a day or to stop; the state is said in words. */
function PauseReminders({
  current,
  dates,
}: {
  current: ReminderSettingsResponse;
  dates: PersonDates;
}) {
  const snooze = useSnoozeReminders();
  const stop = useStopReminders();
  const { stopped, snoozedUntil } = current.settings;
  const isSnoozed = snoozedUntil !== null && Date.parse(snoozedUntil) > Date.now();
  return (
    <section className="panel panel--calm" aria-labelledby="quiet-now-heading">
      <h2 id="quiet-now-heading">A break from reminders</h2>
      <p role="status">
        {stopped
          ? "Reminders are stopped. Your calendar link still lists your sessions."
          : isSnoozed
            ? `Snoozed until ${dates.momentOf(snoozedUntil)}.`
            : "Reminders are on."}
      </p>
      <div className="form__actions">
        {isSnoozed ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              snooze.mutate(0);
            }}
          >
            End the snooze
          </button>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              snooze.mutate(24 * 60);
            }}
          >
            Snooze for a day
          </button>
        )}
        {!stopped && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              stop.mutate(undefined);
            }}
          >
            Stop all reminders
          </button>
        )}
      </div>
    </section>
  );
}
