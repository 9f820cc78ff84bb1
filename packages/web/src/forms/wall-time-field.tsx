import { formatCalendarDate, resolveWallTime, type Disambiguation } from "@painplan/core";
import type { ReactNode } from "react";
import { InputField } from "./input-field";
import { OptionGroup } from "./option-group";

export type WallTimeValue = {
  /** "YYYY-MM-DDTHH:mm" on the person's clock (the value of a datetime-local input). */
  wallTime: string;
  /** Which of the two when the clocks went back and the time happened twice; else null. */
  occurrence: Disambiguation | null;
};

type WallTimeFieldProps = {
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

/**
 * A date and time on the person's clock. When the clocks skipped it (spring forward) it says
 * which time it will be saved as; when it happened twice (fall back) it asks which one. The
 * meaning comes from core's `resolveWallTime`, the one answer for every form.
 */
export function WallTimeField(props: WallTimeFieldProps) {
  const { id, label, hint, timeZone, value, onChange, error, occurrenceError } = props;
  const resolution = resolveWallTime(value.wallTime, timeZone);
  const [date = "", clock = ""] = value.wallTime.split("T");
  const day = resolution === undefined ? "" : formatCalendarDate(date);
  return (
    <>
      <InputField
        id={id}
        label={label}
        hint={hint}
        type="datetime-local"
        size="short"
        value={value.wallTime}
        onChange={(wallTime) => {
          onChange({ wallTime, occurrence: null });
        }}
        error={error}
      />
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
