import { Link, useSearchParams } from "react-router";
import { Page } from "../ui/page";
import { NotADiagnosis } from "../ui/not-a-diagnosis";
import { useSafetyAssessment } from "../safety/safety-queries";
import { LibraryFilters } from "./library-filters";
import { librarySearchFrom, librarySearchParams, type LibrarySearch } from "./library-search";
import { keepSuitable, suitabilityFrom, type Suitability } from "./suitability";
import { TherapyCard } from "./therapy-card";
import { TherapyKindIcon } from "./therapy-kind-icon";
import { kindNames } from "./therapy-words";
import { groupByKind } from "./library-groups";
import { useTherapyList } from "./therapy-queries";

export function LibraryPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = librarySearchFrom(searchParams);
  const assessment = useSafetyAssessment();
  const suitability = assessment.data === undefined ? undefined : suitabilityFrom(assessment.data);

  function change(next: LibrarySearch) {
    // Replace, not push: "back" should leave the library, not undo each typed letter.
    setSearchParams(librarySearchParams(next), { replace: true });
  }

  return (
    <Page
      title="Therapy library"
      intro="Massage, acupuncture, yoga poses and calming practices: what each is, what a session is like, and what research says about it."
    >
      <NotADiagnosis />
      <LibraryFilters search={search} suitability={suitability} onChange={change} />
      {assessment.isError && (
        <p className="panel" role="alert">
          Your safety answers could not be loaded, so “only what suits me” cannot work right now.
          Please reload the page in a moment.
        </p>
      )}
      <LibraryResults search={search} suitability={suitability} />
    </Page>
  );
}

function LibraryResults({
  search,
  suitability,
}: {
  search: LibrarySearch;
  suitability: Suitability | undefined;
}) {
  const list = useTherapyList(search);
  if (list.isError && list.data === undefined) {
    return (
      <p className="panel" role="alert">
        The library could not be loaded. Please check your connection and reload the page.
      </p>
    );
  }
  const all = list.data?.therapies ?? [];
  // Until the person's verdicts are in, "only what suits me" shows nothing rather than everything.
  const shown = !search.onlySuitable
    ? all
    : suitability === undefined
      ? []
      : keepSuitable(all, suitability);
  const isWaiting = list.isPending || (search.onlySuitable && suitability === undefined);
  const levels = suitability?.status === "ready" ? suitability.levels : undefined;
  return (
    <section aria-label="Therapies">
      <p className="library-count" role="status">
        {isWaiting ? "Loading the library…" : countText(shown.length)}
      </p>
      {search.onlySuitable && suitability?.status === "red-flags" && (
        <p className="panel">
          Your safety answers include a sign that needs a doctor first, so no therapy is shown as
          suiting you. Please see your{" "}
          <Link className="inline-link" to="/safety/results">
            safety results
          </Link>
          .
        </p>
      )}
      {groupByKind(shown).map(({ kind, therapies }) => (
        <section key={kind} className="library-group" aria-labelledby={`library-kind-${kind}`}>
          <h2 id={`library-kind-${kind}`} className="library-group__heading">
            <TherapyKindIcon kind={kind} size={28} />
            {kindNames[kind]} <span className="library-group__count">({therapies.length})</span>
          </h2>
          <ul className="card-grid">
            {therapies.map((therapy) => (
              <li key={therapy.id}>
                <TherapyCard therapy={therapy} level={levels?.get(therapy.id)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function countText(count: number): string {
  if (count === 0) return "Nothing matches. Try fewer or other words, or another kind.";
  return count === 1 ? "1 therapy" : `${count} therapies`;
}
