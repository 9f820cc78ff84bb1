import { describedBy } from "../forms/field-description";
import { FieldFrame } from "../forms/field-frame";

type TimeOfDayFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
};

/**
 * A clock time with no date ("22:00"), on the person's clock: quiet hours repeat every day, so
 * there is no DST question to ask (unlike `WallTimeField`, which is for one moment).
 */
export function TimeOfDayField({ id, label, value, onChange, error }: TimeOfDayFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error}>
      <input
        className="field__input field__input--short"
        id={id}
        name={id}
        type="time"
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        {...describedBy(id, false, error)}
      />
    </FieldFrame>
  );
}
