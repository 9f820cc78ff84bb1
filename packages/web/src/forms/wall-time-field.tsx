import { formatCalendarDate, resolveWallTime, type Disambiguation } from "@painplan/core";
import type { ReactNode } from "react";
import {
  describeWallTime,
  joinWallTime,
  normaliseClockText,
  normaliseWallTime,
  splitWallTime,
} from "./clock-time";
import { describedBy } from "./field-description";
import { FieldMessages } from "./field-messages";
import { OptionGroup } from "./option-group";

export type WallTimeValue = {
  /**
   * "YYYY-MM-DDTHH:mm" on the person's clock; while a time is being typed its text is kept as
   * typed after the "T" (see `normaliseWallTime`).
   */
  wallTime: string;
  /** Which of the two when the clocks went back and the time happened twice; else null. */
  occurrence: Disambiguation | null;
};

type WallTimeFieldProps = {
  /** The date input's id (errors link to it); the time input is `${id}-clock`. */
  id: string;
  label: string;
  hint: ReactNode;
  /** The person's IANA zone: the time is read on their clock, not the device's. */
  timeZone: string;
  value: WallTimeValue;
  onChange: (value: WallTimeValue) => void;
  error?: string | undefined;
  occurrenceError?: string | undefined;
};

/** The id of the "which one?" choice, for error summaries. */
export const occurrenceIdOf = (id: string) => `${id}-occurrence`;

/** The id of the time (hours and minutes) input next to the date. */
export const clockIdOf = (id: string) => `${id}-clock`;

/**
 * A date and time on the person's clock: a date input and a 24-hour time typed as "14:30" (the
 * browser's own date-time input followed the device's language, showed 12-hour times the diary
 * does not use and cut the value off on a phone). Below them the whole value in words. When the
 * clocks skipped the time (spring forward) it says which time it will be saved as; when it
 * happened twice (fall back) it asks which one. The meaning comes from core's `resolveWallTime`.
 */
export function WallTimeField(props: WallTimeFieldProps) {
  const { id, label, hint, timeZone, value, onChange, error, occurrenceError } = props;
  const wallTime = normaliseWallTime(value.wallTime);
  const resolution = resolveWallTime(wallTime, timeZone);
  const { date, clock: typedClock } = splitWallTime(value.wallTime);
  const clock = normaliseClockText(typedClock) ?? typedClock;
  const day = resolution === undefined ? "" : formatCalendarDate(date);
  const words = describeWallTime(wallTime);
  const change = (nextDate: string, nextClock: string) => {
    onChange({ wallTime: joinWallTime(nextDate, nextClock), occurrence: null });
  };
  const clockId = clockIdOf(id);
  const description = describedBy(id, true, error);
  return (
    <>
      <fieldset
        className={error === undefined ? "field wall-time" : "field field--invalid wall-time"}
        aria-describedby={description["aria-describedby"]}
      >
        <legend className="field__label">{label}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className="wall-time__inputs">
          <div className="wall-time__part">
            <label className="wall-time__label" htmlFor={id}>
              Date
            </label>
            <input
              className="field__input wall-time__date"
              id={id}
              name={id}
              type="date"
              value={date}
              aria-invalid={description["aria-invalid"]}
              onChange={(event) => {
                change(event.target.value, typedClock);
              }}
            />
          </div>
          <div className="wall-time__part">
            <label className="wall-time__label" htmlFor={clockId}>
              Time <span className="wall-time__format">(24-hour, like 14:30)</span>
            </label>
            <input
              className="field__input wall-time__clock"
              id={clockId}
              name={clockId}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={5}
              value={typedClock}
              aria-invalid={description["aria-invalid"]}
              onChange={(event) => {
                change(date, event.target.value);
              }}
              onBlur={() => {
                const tidy = normaliseClockText(typedClock);
                if (tidy !== undefined && tidy !== typedClock) change(date, tidy);
              }}
            />
          </div>
        </div>
        <p className="wall-time__words" aria-live="polite">
          {words ?? ""}
        </p>
      </fieldset>
      <p className="field__note" role="status">
        {resolution?.kind === "gap" &&
          `The clocks went forward at that time on ${day}, so ${clock} did not happen in ${timeZone}. It will be saved as ${resolution.shiftedTo.slice(11)}.`}
      </p>
      {resolution?.kind === "overlap" && (
        <OptionGroup
          id={occurrenceIdOf(id)}
          legend={`${clock} happened twice on ${day}, because the clocks went back. Which one do you mean?`}
          options={[
            { value: "earlier", label: `${clock} — the first time (before clocks went back)` },
            { value: "later", label: `${clock} — the second time (after clocks went back)` },
          ]}
          value={value.occurrence}
          onChange={(occurrence) => {
            onChange({ wallTime: value.wallTime, occurrence });
          }}
          error={occurrenceError}
        />
      )}
    </>
  );
}
