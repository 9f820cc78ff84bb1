type WeeksStepperProps = {
  id: string;
  label: string;
  hint?: string;
  weeks: number;
  onChange: (weeks: number) => void;
};

/** The largest interval offered by the stepper (core allows more through a calendar rule). */
const maxWeeks = 12;

/**
 * A number of weeks with big − and + buttons: no typing with sore fingers. The number itself is
 * a live region, so screen readers hear the new value after each press.
 */
export function WeeksStepper({ id, label, hint, weeks, onChange }: WeeksStepperProps) {
  const words = weeks === 1 ? "Every week" : `Every ${weeks} weeks`;
  return (
    <div className="field" role="group" aria-labelledby={`${id}-label`}>
      <p className="field__label" id={`${id}-label`}>
        {label}
      </p>
      {hint !== undefined && <p className="field__hint">{hint}</p>}
      <div className="stepper">
        <button
          type="button"
          className="button button--secondary stepper__button"
          aria-label="One week fewer"
          aria-disabled={weeks <= 1 ? true : undefined}
          onClick={() => {
            if (weeks > 1) onChange(weeks - 1);
          }}
        >
          −
        </button>
        <output className="stepper__value" id={id} aria-live="polite">
          {words}
        </output>
        <button
          type="button"
          className="button button--secondary stepper__button"
          aria-label="One week more"
          aria-disabled={weeks >= maxWeeks ? true : undefined}
          onClick={() => {
            if (weeks < maxWeeks) onChange(weeks + 1);
          }}
        >
          +
        </button>
      </div>
    </div>
  );
}
