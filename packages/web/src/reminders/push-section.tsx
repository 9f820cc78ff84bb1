import type { ReminderSettingsResponse } from "@painplan/core";
import { useState } from "react";
import { formProblemFrom } from "../forms/form-problem";
import { TextField } from "../forms/text-field";
import type { PersonDates } from "../ui/person-dates";
import { isPushSupported, subscribeThisDevice } from "./push-device";
import {
  fetchPushPublicKey,
  useAddPushDevice,
  useRemovePushDevice,
  useTestReminder,
} from "./reminder-queries";

type PushSectionProps = { push: ReminderSettingsResponse["push"]; dates: PersonDates };

/**
 * Notifications on this device: one button (the browser then asks for permission), the list of
 * devices that get them, and a test. Lock screens show only "Session tomorrow at 10:00".
 */
export function PushSection({ push, dates }: PushSectionProps) {
  const [label, setLabel] = useState("My phone");
  const [message, setMessage] = useState("");
  const [isWorking, setIsWorking] = useState(false);
  const add = useAddPushDevice();
  const remove = useRemovePushDevice();
  const test = useTestReminder();
  const problem = formProblemFrom(add.error ?? remove.error ?? test.error, ["label"]);
  const subscribe = async () => {
    if (isWorking) return;
    setIsWorking(true);
    setMessage("");
    try {
      const { publicKey } = await fetchPushPublicKey();
      const subscription = await subscribeThisDevice(publicKey);
      if ("reason" in subscription) setMessage(subscription.reason);
      else {
        await add.mutateAsync({ ...subscription, label });
        setMessage("This device will get reminders.");
      }
    } catch {
      setMessage("Notifications could not be turned on just now. Please try again.");
    } finally {
      setIsWorking(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="push-heading">
      <h2 id="push-heading">Notifications on this device</h2>
      <p>Lock screens show only the time, never anything about your pain.</p>
      {isPushSupported() ? (
        <>
          <TextField
            id="push-label"
            label="Name for this device"
            autoComplete="off"
            value={label}
            onChange={setLabel}
            error={problem.fields["label"]}
          />
          <button
            type="button"
            className="button button--primary"
            aria-disabled={isWorking ? true : undefined}
            onClick={() => void subscribe()}
          >
            {isWorking ? "Turning on…" : "Get reminders on this device"}
          </button>
        </>
      ) : (
        <p>
          This browser cannot show notifications from websites. Your calendar app can remind you
          instead.
        </p>
      )}
      <p className="form__status" role="status">
        {message || (problem.summary ?? "")}
      </p>
      {push.devices.length > 0 && (
        <>
          <h3>Devices that get reminders</h3>
          <ul className="plan-items">
            {push.devices.map((device) => (
              <li key={device.id} className="plan-item">
                {device.label} (added {dates.dateOf(device.createdAt)}){" "}
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    remove.mutate(device.id);
                  }}
                >
                  Remove<span className="visually-hidden"> {device.label}</span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              test.mutate("push", {
                onSuccess: ({ delivered }) => {
                  setMessage(
                    delivered === 0
                      ? "The test reached no device."
                      : `A test was sent to ${delivered === 1 ? "1 device" : `${delivered} devices`}.`,
                  );
                },
              });
            }}
          >
            Send a test notification
          </button>
        </>
      )}
    </section>
  );
}
