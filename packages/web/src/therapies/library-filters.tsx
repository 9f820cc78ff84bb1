import { therapyKinds, type TherapyKind } from "@painplan/core";
import { Link } from "react-router";
import type { LibrarySearch } from "./library-search";
import type { Suitability } from "./suitability";
import { kindNames } from "./therapy-words";

type LibraryFiltersProps = {
  search: LibrarySearch;
  suitability: Suitability | undefined;
  onChange: (search: LibrarySearch) => void;
};

/** Results update as the person types or picks: no "apply" button to find and press. */
export function LibraryFilters({ search, suitability, onChange }: LibraryFiltersProps) {
  return (
    <search className="library-filters" aria-label="Search the library">
      <div className="field">
        <label className="field__label" htmlFor="library-search">
          Search
        </label>
        <p id="library-search-hint" className="field__hint">
          For example “chair”, “feet” or “breathing”.
        </p>
        <input
          className="field__input"
          id="library-search"
          type="search"
          autoComplete="off"
          value={search.q}
          aria-describedby="library-search-hint"
          onChange={(event) => {
            onChange({ ...search, q: event.target.value });
          }}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="library-kind">
          Kind
        </label>
        <select
          className="field__input field__select"
          id="library-kind"
          value={search.kind ?? ""}
          onChange={(event) => {
            const kind = therapyKinds.find((value) => value === event.target.value);
            onChange({ ...search, kind });
          }}
        >
          <option value="">All kinds</option>
          {therapyKinds.map((kind: TherapyKind) => (
            <option key={kind} value={kind}>
              {kindNames[kind]}
            </option>
          ))}
        </select>
      </div>
      <SuitsMeFilter search={search} suitability={suitability} onChange={onChange} />
    </search>
  );
}

function SuitsMeFilter({ search, suitability, onChange }: LibraryFiltersProps) {
  if (suitability?.status === "no-intake") {
    return (
      <div className="field">
        <p className="field__label">Only what suits me</p>
        <p>
          To see which of these suit you, first answer a few safety questions.{" "}
          <Link className="inline-link" to="/safety/intake">
            Answer the safety questions
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="field">
      <label className="choice">
        <input
          type="checkbox"
          id="library-suits-me"
          checked={search.onlySuitable}
          aria-describedby="library-suits-me-hint"
          onChange={(event) => {
            onChange({ ...search, onlySuitable: event.target.checked });
          }}
        />
        <span>
          <span className="choice__label">Only what suits me</span>
          <span id="library-suits-me-hint" className="choice__hint">
            From your safety answers: shows “No concern found” and “Take care”.
          </span>
        </span>
      </label>
    </div>
  );
}
