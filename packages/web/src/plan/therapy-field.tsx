import { therapyKinds, type TherapyKind, type TherapySummary } from "@painplan/core";
import { describedBy } from "../forms/field-description";
import { FieldFrame } from "../forms/field-frame";
import { customTherapy } from "./item-draft";

type TherapyFieldProps = {
  id: string;
  library: readonly TherapySummary[];
  value: string;
  onChange: (therapyId: string) => void;
  error?: string | undefined;
};

const kindNames: Readonly<Record<TherapyKind, string>> = {
  massage: "Massage",
  acupuncture: "Acupuncture",
  yoga: "Yoga",
  mindfulness: "Calming practices",
  other: "Other",
};

/**
 * The therapy, from the library (grouped by kind) or "something else": a native select, which
 * phones show as a big, easy list.
 */
export function TherapyField({ id, library, value, onChange, error }: TherapyFieldProps) {
  const hint = "From the therapy library. Its usual length and frequency fill in below.";
  return (
    <FieldFrame id={id} label="Therapy" hint={hint} error={error}>
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
        <option value="">Choose a therapy</option>
        {therapyKinds.map((kind) => (
          <optgroup key={kind} label={kindNames[kind]}>
            {library
              .filter((therapy) => therapy.kind === kind)
              .map((therapy) => (
                <option key={therapy.id} value={therapy.id}>
                  {therapy.name}
                </option>
              ))}
          </optgroup>
        ))}
        <option value={customTherapy}>Something else (I will name it)</option>
      </select>
    </FieldFrame>
  );
}
