import type { ReminderSettingsInput, ReminderSettingsResponse } from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { OptionGroup } from "../forms/option-group";
import { SubmitButton } from "../forms/submit-button";
import { leadTimeChoices, leadTimeWords } from "./lead-time";
import { useSaveReminderSettings } from "./reminder-queries";
import { TimeOfDayField } from "./time-of-day-field";

type ReminderSettingsFormProps = { current: ReminderSettingsResponse };

const fieldTargets = {
  leadMinutes: { id: "reminder-lead", label: "When" },
  "quietHours.from": { id: "quiet-from", label: "Quiet from" },
  "quietHours.until": { id: "quiet-until", label: "Quiet until" },
} as const;

type Channel = keyof ReminderSettingsInput["channels"];

/** Which channels, how early, and hours without reminders; one Save for all of it. */
export function ReminderSettingsForm({ current }: ReminderSettingsFormProps) {
  const { channels, leadMinutes, quietHours, locale, stopped, followUps } = current.settings;
  const stored: ReminderSettingsInput = {
    channels,
    leadMinutes,
    quietHours,
    locale,
    stopped,
    followUps,
  };
  const [values, setValues] = useState<ReminderSettingsInput>(stored);
  const [quiet, setQuiet] = useState(stored.quietHours ?? { from: "22:00", until: "08:00" });
  const [saved, setSaved] = useState("");
  const save = useSaveReminderSettings();
  const problem = formProblemFrom(save.error, Object.keys(fieldTargets));
  const channelOptions = [
    { value: "feed" as const, label: "My calendar app (a private calendar link)" },
    { value: "push" as const, label: "Notifications on my devices" },
    ...(current.email.available ? [{ value: "email" as const, label: "E-mail" }] : []),
  ];
  const onChannels = (chosen: Channel[]) => {
    setValues((previous) => ({
      ...previous,
      channels: {
        feed: chosen.includes("feed"),
        push: chosen.includes("push"),
        email: current.email.available ? chosen.includes("email") : previous.channels.email,
      },
    }));
  };
  const chosen = (Object.keys(values.channels) as Channel[]).filter(
    (channel) => values.channels[channel],
  );
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved("");
    save.mutate(values, {
      onSuccess: () => {
        setSaved("Your reminder settings are saved.");
      },
    });
  };
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="reminder-settings-heading">
      <h2 id="reminder-settings-heading">How and when</h2>
      <ErrorSummary problem={problem} fieldTargets={fieldTargets} headingLevel={3} />
      <OptionGroup
        id="reminder-channels"
        legend="Remind me through"
        isMultiple
        options={channelOptions}
        values={chosen}
        onChangeMany={onChannels}
      />
      {!current.email.available && (
        <p className="field__hint">
          E-mail: off. This PainPlan server has no mail set up (its administrator sets SMTP_URL).
        </p>
      )}
      <OptionGroup
        id="reminder-lead"
        legend="When"
        isSideBySide
        options={leadTimeChoices.map((minutes) => ({
          value: `${minutes}`,
          label: leadTimeWords(minutes),
        }))}
        value={`${values.leadMinutes}`}
        onChange={(minutes) => {
          setValues((previous) => ({ ...previous, leadMinutes: Number(minutes) }));
        }}
        error={problem.fields["leadMinutes"]}
      />
      <label className="choice">
        <input
          type="checkbox"
          checked={values.followUps !== false}
          onChange={(event) => {
            setValues((previous) => ({ ...previous, followUps: event.target.checked }));
          }}
        />
        <span className="choice__label">
          A short check-in the day after each session I had (“how do you feel?”)
        </span>
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={values.quietHours !== null}
          onChange={(event) => {
            setValues((previous) => ({
              ...previous,
              quietHours: event.target.checked ? quiet : null,
            }));
          }}
        />
        <span className="choice__label">Quiet hours: no reminders at night</span>
      </label>
      {values.quietHours !== null && (
        <div className="field-row">
          <TimeOfDayField
            id="quiet-from"
            label="Quiet from"
            value={values.quietHours.from}
            onChange={(from) => {
              const next = { ...quiet, from };
              setQuiet(next);
              setValues((previous) => ({ ...previous, quietHours: next }));
            }}
            error={problem.fields["quietHours.from"]}
          />
          <TimeOfDayField
            id="quiet-until"
            label="Quiet until"
            value={values.quietHours.until}
            onChange={(until) => {
              const next = { ...quiet, until };
              setQuiet(next);
              setValues((previous) => ({ ...previous, quietHours: next }));
            }}
            error={problem.fields["quietHours.until"]}
          />
        </div>
      )}
      <div className="form__actions">
        <SubmitButton isBusy={save.isPending} busyLabel="Saving…">
          Save reminder settings
        </SubmitButton>
        <p className="form__status" role="status">
          {saved}
        </p>
      </div>
    </form>
  );
}
