import { Link, useSearchParams } from "react-router";
import { useSignedInUser } from "../accounts/signed-in-user";
import { usePersonDates } from "../accounts/use-person-dates";
import { useSettledValue } from "../plan/use-settled-value";
import { Page } from "../ui/page";
import { compareIdsFrom, compareParam, isCompareFull, toggleCompare } from "./compare-selection";
import { directoryPaths } from "./directory-paths";
import { useDirectoryResults, useSavedIds, useToggleSaved } from "./directory-queries";
import {
  directorySearchFrom,
  directorySearchParams,
  type DirectorySearch,
} from "./directory-search";
import { PractitionerCard } from "./practitioner-card";
import { SearchFilters } from "./search-filters";
import { usePlanCost } from "./use-plan-cost";
import "./directory.css";

/** Typing pauses this long before the directory is asked (not at every key). */
const settleMs = 350;

export function SearchPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = directorySearchFrom(searchParams);
  const compareIds = compareIdsFrom(searchParams.get("compare"));

  function go(next: DirectorySearch, nextCompare: readonly string[] = compareIds) {
    // Replace, not push: "back" should leave the search, not undo each typed letter.
    setSearchParams(directorySearchParams(next, { compare: compareParam(nextCompare) }), {
      replace: true,
    });
  }

  const settled = useSettledValue(search, settleMs);
  const results = useDirectoryResults(settled);

  return (
    <Page
      title="Find a therapist"
      intro="Massage therapists, acupuncturists and yoga and mindfulness teachers who work with nerve pain. The best fit for you comes first, with the reasons."
    >
      <nav aria-label="Directory pages" className="directory-links">
        <Link className="button button--secondary" to={directoryPaths.saved}>
          Saved therapists
        </Link>
        <Link className="button button--secondary" to={directoryPaths.questions}>
          Questions to ask
        </Link>
      </nav>
      <SearchFilters
        search={search}
        onChange={(next) => {
          go(next);
        }}
        fieldErrors={results.fieldErrors}
      />
      <Results
        results={results}
        compareIds={compareIds}
        onToggleCompare={(id) => {
          go(search, toggleCompare(compareIds, id));
        }}
      />
      <CompareBar
        compareIds={compareIds}
        search={search}
        onClear={() => {
          go(search, []);
        }}
      />
    </Page>
  );
}

type ResultsProps = {
  results: ReturnType<typeof useDirectoryResults>;
  compareIds: readonly string[];
  onToggleCompare: (id: string) => void;
};

function Results({ results, compareIds, onToggleCompare }: ResultsProps) {
  const { today } = usePersonDates();
  const { country } = useSignedInUser();
  const planCostFor = usePlanCost();
  const saved = useSavedIds();
  const toggleSaved = useToggleSaved();
  const full = isCompareFull(compareIds);
  return (
    <section aria-labelledby="directory-results-heading">
      <h2 id="directory-results-heading">Results</h2>
      <p className="directory-count" role="status">
        {results.statusText}
      </p>
      {results.problem !== undefined && (
        <p className="panel" role="alert">
          {results.problem}
        </p>
      )}
      {full && (
        <p id="compare-full-hint" className="field__hint">
          You can compare three at a time. Remove one to add another.
        </p>
      )}
      <ul className="directory-results">
        {results.practitioners.map((practitioner) => (
          <li key={practitioner.id}>
            <PractitionerCard
              practitioner={practitioner}
              planCost={planCostFor(practitioner)}
              today={today}
              country={country ?? null}
              isSaved={saved.has(practitioner.id)}
              onToggleSaved={() => {
                toggleSaved(practitioner.id, !saved.has(practitioner.id));
              }}
              isCompared={compareIds.includes(practitioner.id)}
              isCompareFull={full}
              onToggleCompare={() => {
                onToggleCompare(practitioner.id);
              }}
            />
          </li>
        ))}
      </ul>
      {results.hasMore && (
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={results.isLoadingMore || undefined}
          onClick={results.loadMore}
        >
          {results.isLoadingMore ? "Loading more…" : "Show more"}
        </button>
      )}
    </section>
  );
}

function CompareBar({
  compareIds,
  search,
  onClear,
}: {
  compareIds: readonly string[];
  search: DirectorySearch;
  onClear: () => void;
}) {
  if (compareIds.length === 0) return null;
  const count = compareIds.length === 1 ? "1 therapist" : `${compareIds.length} therapists`;
  return (
    <aside className="compare-bar" aria-label="Compare">
      <p>{count} to compare (up to 3)</p>
      <div className="practitioner-card__actions">
        {compareIds.length >= 2 ? (
          <Link className="button button--primary" to={directoryPaths.compare(compareIds, search)}>
            Compare side by side
          </Link>
        ) : (
          <p>Pick one more to compare.</p>
        )}
        <button type="button" className="button button--quiet" onClick={onClear}>
          Clear
        </button>
      </div>
    </aside>
  );
}
