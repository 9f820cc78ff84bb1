import { painCauses, type PainCauseId } from "@painplan/core";
import { InputField } from "../forms/input-field";
import type { CauseValues } from "./profile-form-values";

type CauseListProps = {
  causes: readonly CauseValues[];
  errors: Readonly<Record<string, string>>;
  onToggle: (cause: PainCauseId) => void;
  onChange: (cause: PainCauseId, change: Partial<CauseValues>) => void;
};

export const causeFieldId = (cause: PainCauseId, field: "year" | "other-text" | "choice") =>
  `profile-cause-${cause}-${field}`;

/** Tick what may lie behind the pain; each ticked cause asks two short, optional details. */
export function CauseList({ causes, errors, onToggle, onChange }: CauseListProps) {
  return (
    <fieldset className="field cause-list">
      <legend className="field__label">What may be behind your pain?</legend>
      <p className="field__hint">Tick any that apply. It is fine not to know.</p>
      {painCauses.map((option) => {
        const index = causes.findIndex((entry) => entry.cause === option.id);
        const entry = causes[index];
        return (
          <div key={option.id} className="cause-list__item">
            <label className="choice">
              <input
                type="checkbox"
                id={causeFieldId(option.id, "choice")}
                checked={entry !== undefined}
                onChange={() => {
                  onToggle(option.id);
                }}
              />
              <span className="choice__label">{option.label}</span>
            </label>
            {entry !== undefined && (
              <CauseDetails
                entry={entry}
                label={option.label}
                errors={{
                  year: errors[`causes.${index}.onsetYear`],
                  otherText: errors[`causes.${index}.otherText`],
                }}
                onChange={(change) => {
                  onChange(option.id, change);
                }}
              />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

type CauseDetailsProps = {
  entry: CauseValues;
  label: string;
  errors: { year: string | undefined; otherText: string | undefined };
  onChange: (change: Partial<CauseValues>) => void;
};

function CauseDetails({ entry, label, errors, onChange }: CauseDetailsProps) {
  const name = `profile-cause-${entry.cause}-diagnosed`;
  return (
    <div className="cause-list__details">
      {entry.cause === "other" && (
        <InputField
          id={causeFieldId("other", "other-text")}
          label="What is it?"
          value={entry.otherText}
          onChange={(otherText) => {
            onChange({ otherText });
          }}
          error={errors.otherText}
        />
      )}
      <fieldset className="field">
        <legend className="field__label">{label}: has a doctor confirmed it?</legend>
        <div className="choice-row">
          {[true, false].map((isDiagnosed) => (
            <label key={String(isDiagnosed)} className="choice">
              <input
                type="radio"
                name={name}
                checked={entry.isDiagnosed === isDiagnosed}
                onChange={() => {
                  onChange({ isDiagnosed });
                }}
              />
              <span className="choice__label">{isDiagnosed ? "Yes" : "No, or not sure"}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <InputField
        id={causeFieldId(entry.cause, "year")}
        label={`${label}: year the pain started (optional)`}
        hint="For example 2019."
        inputMode="numeric"
        size="short"
        value={entry.onsetYear}
        onChange={(onsetYear) => {
          onChange({ onsetYear });
        }}
        error={errors.year}
      />
    </div>
  );
}
