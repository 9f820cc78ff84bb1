import { crisisLineCountries } from "@painplan/core";
import { describedBy } from "../forms/field-description";
import { FieldMessages } from "../forms/field-messages";

type CountryFieldProps = {
  id: string;
  /** ISO 3166-1 alpha-2, or "" for "somewhere else" (unknown). */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
};

/** "" in the form is null in the API: the crisis panel then shows the generic guidance. */
export const countryOfField = (value: string): string | null => (value === "" ? null : value);

/**
 * Where the person lives, for the crisis lines PainPlan shows (clinical reference §8). The
 * countries with lines are listed; everyone else picks "Somewhere else". A code set through the
 * API that is not listed is kept as its own option.
 */
export function CountryField({ id, value, onChange, error }: CountryFieldProps) {
  const isListed = value === "" || crisisLineCountries.some((country) => country.code === value);
  return (
    <div className={error === undefined ? "field" : "field field--invalid"}>
      <label className="field__label" htmlFor={id}>
        Country
      </label>
      <FieldMessages
        id={id}
        hint="PainPlan uses it to show crisis lines you can call where you live. Nothing else."
        error={error}
      />
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
        {crisisLineCountries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
        {!isListed && <option value={value}>{value}</option>}
        <option value="">Somewhere else</option>
      </select>
    </div>
  );
}
