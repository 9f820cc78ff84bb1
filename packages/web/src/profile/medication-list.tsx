import { medicationUnitSuggestions } from "@painplan/core";
import { InputField } from "../forms/input-field";
import type { MedicationValues } from "./profile-form-values";

type MedicationListProps = {
  medications: readonly MedicationValues[];
  errors: Readonly<Record<string, string>>;
  onAdd: () => void;
  onChange: (key: string, change: Partial<MedicationValues>) => void;
  onRemove: (key: string) => void;
};

export const medicationFieldId = (index: number, field: keyof MedicationValues) =>
  `profile-medication-${index}-${field}`;

const unitListId = "profile-medication-units";

/** Medicines, current and past, each as its own small card with add and remove. */
export function MedicationList({
  medications,
  errors,
  onAdd,
  onChange,
  onRemove,
}: MedicationListProps) {
  return (
    <section className="panel" aria-labelledby="medications-heading">
      <h2 id="medications-heading">Medicines</h2>
      <p className="field__hint">
        Medicines you take or have tried for the pain. Only the name is needed; add the rest if you
        know it.
      </p>
      <datalist id={unitListId}>
        {medicationUnitSuggestions.map((unit) => (
          <option key={unit} value={unit} />
        ))}
      </datalist>
      {medications.length === 0 && <p>No medicines listed.</p>}
      <ol className="record-list">
        {medications.map((medication, index) => {
          const field = (name: keyof MedicationValues) => ({
            id: medicationFieldId(index, name),
            error: errors[`medications.${index}.${name}`],
            onChange: (value: string) => {
              onChange(medication.key, { [name]: value });
            },
          });
          const title = medication.name.trim() === "" ? `Medicine ${index + 1}` : medication.name;
          return (
            <li key={medication.key} className="record-list__item">
              <h3 className="record-list__title">{title}</h3>
              <InputField {...field("name")} label="Name" value={medication.name} />
              <div className="field-row">
                <InputField
                  {...field("dose")}
                  label="Dose (optional)"
                  inputMode="decimal"
                  size="short"
                  value={medication.dose}
                />
                <InputField
                  {...field("unit")}
                  label="Unit (optional)"
                  hint="mg, ml, tablet…"
                  suggestions={unitListId}
                  size="short"
                  value={medication.unit}
                />
              </div>
              <InputField
                {...field("frequency")}
                label="How often (optional)"
                hint="In your words, such as “twice a day” or “when needed”."
                value={medication.frequency}
              />
              <div className="field-row">
                <InputField
                  {...field("startedOn")}
                  label="Started (optional)"
                  type="date"
                  value={medication.startedOn}
                />
                <InputField
                  {...field("stoppedOn")}
                  label="Stopped (optional)"
                  hint="Leave empty while you still take it."
                  type="date"
                  value={medication.stoppedOn}
                />
              </div>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  onRemove(medication.key);
                }}
              >
                Remove {title}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--secondary" onClick={onAdd}>
        Add a medicine
      </button>
    </section>
  );
}
