import { InputField } from "../forms/input-field";
import type { TreatmentValues } from "./profile-form-values";

type TreatmentListProps = {
  treatments: readonly TreatmentValues[];
  errors: Readonly<Record<string, string>>;
  onAdd: () => void;
  onChange: (key: string, change: Partial<TreatmentValues>) => void;
  onRemove: (key: string) => void;
};

export const treatmentFieldId = (index: number, field: "name" | "note") =>
  `profile-treatment-${index}-${field}`;

/** Other things tried for the pain: physiotherapy, TENS, acupuncture… */
export function TreatmentList({
  treatments,
  errors,
  onAdd,
  onChange,
  onRemove,
}: TreatmentListProps) {
  return (
    <section className="panel" aria-labelledby="treatments-heading">
      <h2 id="treatments-heading">Other treatments</h2>
      <p className="field__hint">Physiotherapy, a TENS machine, acupuncture, creams…</p>
      {treatments.length === 0 && <p>No other treatments listed.</p>}
      <ol className="record-list">
        {treatments.map((treatment, index) => {
          const title = treatment.name.trim() === "" ? `Treatment ${index + 1}` : treatment.name;
          return (
            <li key={treatment.key} className="record-list__item">
              <h3 className="record-list__title">{title}</h3>
              <InputField
                id={treatmentFieldId(index, "name")}
                label="Name"
                value={treatment.name}
                onChange={(name) => {
                  onChange(treatment.key, { name });
                }}
                error={errors[`otherTreatments.${index}.name`]}
              />
              <InputField
                id={treatmentFieldId(index, "note")}
                label="Note (optional)"
                hint="How it went, how often, anything worth remembering."
                value={treatment.note}
                onChange={(note) => {
                  onChange(treatment.key, { note });
                }}
                error={errors[`otherTreatments.${index}.note`]}
              />
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  onRemove(treatment.key);
                }}
              >
                Remove {title}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--secondary" onClick={onAdd}>
        Add a treatment
      </button>
    </section>
  );
}
