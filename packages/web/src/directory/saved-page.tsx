import { Link, useSearchParams } from "react-router";
import { useSignedInUser } from "../accounts/signed-in-user";
import { usePersonDates } from "../accounts/use-person-dates";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import { directoryPaths } from "./directory-paths";
import { useSavedPractitioners, useToggleSaved } from "./directory-queries";
import { PractitionerCard } from "./practitioner-card";
import { usePlanCost } from "./use-plan-cost";
import { compareIdsFrom, isCompareFull, toggleCompare } from "./compare-selection";
import "./directory.css";

/** The therapists the person kept, to come back to; compare works from here too. */
export function SavedPage() {
  const saved = useSavedPractitioners();
  const toggleSaved = useToggleSaved();
  const planCostFor = usePlanCost();
  const { today } = usePersonDates();
  const { country } = useSignedInUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const compareIds = compareIdsFrom(searchParams.get("compare"));
  const full = isCompareFull(compareIds);
  return (
    <Page title="Saved therapists">
      {saved.isPending && <LoadingPanel what="your saved therapists" />}
      {saved.isError && (
        <RetryPanel what="your saved therapists" onRetry={() => void saved.refetch()} />
      )}
      {saved.views?.length === 0 && (
        <p className="panel panel--calm">
          Nothing saved yet. Press “Save” on a therapist in the search to keep them here.
        </p>
      )}
      {full && (
        <p id="compare-full-hint" className="field__hint">
          You can compare three at a time. Remove one to add another.
        </p>
      )}
      <ul className="directory-results">
        {saved.views?.map((practitioner) => (
          <li key={practitioner.id}>
            <PractitionerCard
              practitioner={practitioner}
              planCost={planCostFor(practitioner)}
              today={today}
              country={country ?? null}
              isSaved
              onToggleSaved={() => {
                toggleSaved(practitioner.id, false);
              }}
              isCompared={compareIds.includes(practitioner.id)}
              isCompareFull={full}
              onToggleCompare={() => {
                const next = toggleCompare(compareIds, practitioner.id);
                setSearchParams(next.length === 0 ? {} : { compare: next.join(",") }, {
                  replace: true,
                });
              }}
            />
          </li>
        ))}
      </ul>
      <nav aria-label="Directory pages" className="directory-links">
        {compareIds.length >= 2 && (
          <Link className="button button--primary" to={directoryPaths.compare(compareIds)}>
            Compare side by side
          </Link>
        )}
        <Link className="button button--secondary" to={directoryPaths.search}>
          Search the directory
        </Link>
      </nav>
    </Page>
  );
}
