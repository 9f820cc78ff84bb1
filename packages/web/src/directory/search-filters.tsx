import { useState } from "react";
import {
  modalityLabels,
  practitionerModalities,
  searchSorts,
  sessionLengths,
  type SearchSort,
} from "@painplan/core";
import { withOption, type DirectorySearch, type SearchOption } from "./directory-search";

type SearchFiltersProps = {
  search: DirectorySearch;
  onChange: (search: DirectorySearch) => void;
  /** What the server said about a field ("We do not know the postal code 99999."), by field. */
  fieldErrors: Readonly<Record<string, string>>;
};

export const optionLabels: Readonly<Record<SearchOption, { label: string; hint?: string }>> = {
  accepting: { label: "Taking new clients" },
  neuropathy: { label: "Has worked with nerve pain", hint: "Neuropathy experience" },
  gentle: { label: "Uses gentle techniques", hint: "Such as light-touch or oncology massage" },
  "home-visits": { label: "Comes to your home" },
  online: { label: "Offers online sessions", hint: "For mindfulness and yoga" },
  insurance: { label: "Takes insurance" },
  "sliding-scale": { label: "Sliding scale", hint: "A lower price if your income is low" },
  "verified-licence": { label: "Licence checked by the PainPlan team" },
  "step-free": { label: "Step-free entrance" },
  "lowering-table": { label: "Table that lowers" },
  parking: { label: "Parking" },
  superbills: { label: "Gives superbills", hint: "A receipt you can send to your insurer" },
  "hsa-fsa": { label: "Takes HSA or FSA cards" },
  "payment-plans": { label: "Payment plans" },
};

const mainOptions: readonly SearchOption[] = [
  "accepting",
  "neuropathy",
  "gentle",
  "home-visits",
  "online",
];
const payOptions: readonly SearchOption[] = ["insurance", "sliding-scale"];
const moreOptions: readonly SearchOption[] = [
  "verified-licence",
  "step-free",
  "lowering-table",
  "parking",
  "superbills",
  "hsa-fsa",
  "payment-plans",
];

const sortLabels: Readonly<Record<SearchSort, string>> = {
  fit: "Best fit for you",
  distance: "Nearest first",
  price: "Lowest price first",
};

const radiusChoices = [5, 10, 15, 25, 50, 100, 250, 500] as const;

/** Results follow as the person types or picks: no "apply" button to find and press. */
export function SearchFilters({ search, onChange, fieldErrors }: SearchFiltersProps) {
  const activeCount = activeFilterCount(search);
  // Folded on first view so the results start on the first screen; open when filters are on.
  const [isOpen, setIsOpen] = useState(activeCount > 0);
  const radiusChoicesWithCurrent = radiusChoices.some((km) => km === search.radiusKm)
    ? radiusChoices
    : [...radiusChoices, search.radiusKm].sort((a, b) => a - b);
  return (
    <search className="directory-filters" aria-label="Search the directory">
      <TextFilter
        id="directory-q"
        label="Search"
        type="search"
        hint="A name, a practice, or words such as “neuropathy” or “gentle”."
        value={search.q}
        error={fieldErrors["q"]}
        onChange={(q) => {
          onChange({ ...search, q });
        }}
      />
      <TextFilter
        id="directory-near"
        label="Near postal code"
        hint="Distances are counted from the middle of this postal code."
        value={search.near}
        autoComplete="postal-code"
        error={fieldErrors["near"]}
        onChange={(near) => {
          onChange({ ...search, near });
        }}
      />
      <div className="field">
        <label className="field__label" htmlFor="directory-within">
          Within
        </label>
        <select
          className="field__input field__select"
          id="directory-within"
          value={search.radiusKm}
          onChange={(event) => {
            onChange({ ...search, radiusKm: Number(event.target.value) });
          }}
        >
          {radiusChoicesWithCurrent.map((km) => (
            <option key={km} value={km}>
              {km} km
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="directory-sort">
          Order
        </label>
        <select
          className="field__input field__select"
          id="directory-sort"
          value={search.sort}
          onChange={(event) => {
            const sort = searchSorts.find((value) => value === event.target.value) ?? "fit";
            onChange({ ...search, sort });
          }}
        >
          {searchSorts.map((sort) => (
            <option key={sort} value={sort}>
              {sortLabels[sort]}
            </option>
          ))}
        </select>
      </div>
      <details
        className="directory-filters__more directory-filters__panel"
        open={isOpen || fieldErrors["under"] !== undefined || fieldErrors["lang"] !== undefined}
        onToggle={(event) => {
          setIsOpen(event.currentTarget.open);
        }}
      >
        <summary className="button button--secondary">
          Filters{activeCount > 0 ? ` (${activeCount} on)` : ""}
        </summary>
        <div className="directory-filters">
          <div className="field">
            <label className="field__label" htmlFor="directory-therapy">
              Therapy
            </label>
            <select
              className="field__input field__select"
              id="directory-therapy"
              value={search.modality ?? ""}
              onChange={(event) => {
                const modality = practitionerModalities.find(
                  (value) => value === event.target.value,
                );
                onChange({ ...search, modality });
              }}
            >
              <option value="">Any therapy</option>
              {practitionerModalities.map((modality) => (
                <option key={modality} value={modality}>
                  {modalityLabels[modality]}
                </option>
              ))}
            </select>
          </div>
          <PriceFilter search={search} onChange={onChange} error={fieldErrors["under"]} />
          <OptionBoxes
            legend="Only show those who"
            options={mainOptions}
            search={search}
            onChange={onChange}
          />
          <OptionBoxes
            legend="Ways to pay"
            hint="Any of those you tick will do."
            options={payOptions}
            search={search}
            onChange={onChange}
          />
          <details className="directory-filters__more">
            <summary className="button button--quiet">More filters</summary>
            <OptionBoxes
              legend="Also only those with"
              options={moreOptions}
              search={search}
              onChange={onChange}
            />
            <TextFilter
              id="directory-lang"
              label="Speaks"
              hint="A language, for example Spanish."
              value={search.language}
              error={fieldErrors["lang"]}
              onChange={(language) => {
                onChange({ ...search, language });
              }}
            />
          </details>
        </div>
      </details>
    </search>
  );
}

/** How many filters beyond the place and the words are on (said on the folded "Filters"). */
export function activeFilterCount(search: DirectorySearch): number {
  const choices = [
    search.modality !== undefined,
    search.maxPrice.trim() !== "",
    search.sessionMinutes !== 60,
    search.language.trim() !== "",
  ];
  return choices.filter(Boolean).length + search.options.length;
}

function OptionBoxes({
  legend,
  hint,
  options,
  search,
  onChange,
}: {
  legend: string;
  hint?: string;
  options: readonly SearchOption[];
  search: DirectorySearch;
  onChange: (search: DirectorySearch) => void;
}) {
  return (
    <fieldset className="field directory-filters__more">
      <legend className="field__label">{legend}</legend>
      {hint !== undefined && <p className="field__hint">{hint}</p>}
      <div className="directory-filters__options">
        {options.map((option) => (
          <label key={option} className="choice">
            <input
              type="checkbox"
              checked={search.options.includes(option)}
              onChange={(event) => {
                onChange(withOption(search, option, event.target.checked));
              }}
            />
            <span>
              <span className="choice__label">{optionLabels[option].label}</span>
              {optionLabels[option].hint !== undefined && (
                <span className="choice__hint">{optionLabels[option].hint}</span>
              )}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function PriceFilter({
  search,
  onChange,
  error,
}: {
  search: DirectorySearch;
  onChange: (search: DirectorySearch) => void;
  error: string | undefined;
}) {
  return (
    <fieldset className="field">
      <legend className="field__label">Price for one session</legend>
      <div className="answer__choices">
        {sessionLengths.map((minutes) => (
          <label key={minutes} className="choice answer__choice">
            <input
              type="radio"
              name="directory-length"
              checked={search.sessionMinutes === minutes}
              onChange={() => {
                onChange({ ...search, sessionMinutes: minutes });
              }}
            />
            <span className="choice__label">{minutes} min</span>
          </label>
        ))}
      </div>
      <TextFilter
        id="directory-under"
        label={`At most, for ${search.sessionMinutes} minutes`}
        hint="In US dollars, for example 80. Leave empty for any price."
        value={search.maxPrice}
        inputMode="decimal"
        error={error}
        onChange={(maxPrice) => {
          onChange({ ...search, maxPrice });
        }}
      />
    </fieldset>
  );
}

type TextFilterProps = {
  id: string;
  label: string;
  hint: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  type?: "search" | "text";
  inputMode?: "decimal" | "text";
  autoComplete?: string;
};

function TextFilter(props: TextFilterProps) {
  const { id, label, hint, value, error, onChange, type = "text", inputMode } = props;
  const describedBy = error === undefined ? `${id}-hint` : `${id}-hint ${id}-error`;
  return (
    <div className={error === undefined ? "field" : "field field--invalid"}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      {error !== undefined && (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        className="field__input"
        id={id}
        type={type}
        value={value}
        inputMode={inputMode}
        autoComplete={props.autoComplete ?? "off"}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </div>
  );
}
