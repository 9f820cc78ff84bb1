import {
  searchOptions,
  sessionLengths,
  sortOrders,
  withOption,
  type DirectorySearch,
  type SearchOption,
  type SortOrder,
} from "./directory-search";

type SearchFiltersProps = {
  search: DirectorySearch;
  therapies: readonly { id: string; name: string }[];
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
  "sliding-scale": { label: "Sliding scale", hint: "Pay what fits your income" },
  insurance: { label: "Takes insurance" },
  "step-free": { label: "Step-free entrance" },
};

const sortLabels: Readonly<Record<SortOrder, string>> = {
  fit: "Best fit for you",
  distance: "Nearest first",
  price: "Lowest price first",
};

const radiusChoices = [5, 10, 15, 25, 50, 100, 250, 500] as const;

/** Results follow as the person types or picks: no "apply" button to find and press. */
export function SearchFilters({ search, therapies, onChange, fieldErrors }: SearchFiltersProps) {
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
        <label className="field__label" htmlFor="directory-therapy">
          Therapy
        </label>
        <select
          className="field__input field__select"
          id="directory-therapy"
          value={search.therapyId ?? ""}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ ...search, therapyId: value === "" ? undefined : value });
          }}
        >
          <option value="">Any therapy</option>
          {therapies.map((therapy) => (
            <option key={therapy.id} value={therapy.id}>
              {therapy.name}
            </option>
          ))}
        </select>
      </div>
      <PriceFilter search={search} onChange={onChange} error={fieldErrors["under"]} />
      <div className="field">
        <label className="field__label" htmlFor="directory-sort">
          Order
        </label>
        <select
          className="field__input field__select"
          id="directory-sort"
          value={search.sort}
          onChange={(event) => {
            const sort = sortOrders.find((value) => value === event.target.value) ?? "fit";
            onChange({ ...search, sort });
          }}
        >
          {sortOrders.map((sort) => (
            <option key={sort} value={sort}>
              {sortLabels[sort]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field directory-filters__more">
        <legend className="field__label">Only show those who</legend>
        <div className="directory-filters__options">
          {searchOptions.map((option) => (
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
    </search>
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
        hint="In the therapist's currency, for example 80. Leave empty for any price."
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
