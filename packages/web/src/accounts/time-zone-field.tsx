import { useMemo } from "react";
import { describedBy } from "../forms/field-description";
import { FieldMessages } from "../forms/field-messages";
import { deviceTimeZone, timeNowIn, timeZoneGroups } from "./time-zones";

type TimeZoneFieldProps = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
};

export function TimeZoneField({ id, value, onChange, error }: TimeZoneFieldProps) {
  const groups = useMemo(() => timeZoneGroups(value), [value]);
  const device = deviceTimeZone();
  const now = timeNowIn(value);
  const hint = (
    <>
      This decides which day your entries belong to. Your device is set to {device}.
      {now !== undefined && ` The time there now is ${now}.`}
    </>
  );
  return (
    <div className={error === undefined ? "field" : "field field--invalid"}>
      <label className="field__label" htmlFor={id}>
        Time zone
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        className="field__input field__select"
        id={id}
        name={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        {...describedBy(id, true, error)}
      >
        {groups.map((group) => (
          <optgroup key={group.region} label={group.region}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
