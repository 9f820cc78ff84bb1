import { Link, useSearchParams } from "react-router";
import { useSignedInUser } from "../accounts/signed-in-user";
import { usePersonDates } from "../accounts/use-person-dates";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import { compareRows } from "./compare-rows";
import { compareIdsFrom } from "./compare-selection";
import { directoryPaths, inviteToCareTeamPath } from "./directory-paths";
import { useComparedPractitioners } from "./directory-queries";
import { directorySearchFrom } from "./directory-search";
import type { PractitionerProfileView } from "./practitioner-view";
import { usePlanCost } from "./use-plan-cost";
import "./directory.css";

/** Up to three practitioners side by side, one column each (`?ids=a,b,c`). */
export function ComparePage() {
  const [searchParams] = useSearchParams();
  const ids = compareIdsFrom(searchParams.get("ids"));
  const { near, sessionMinutes } = directorySearchFrom(searchParams);
  const compared = useComparedPractitioners(ids, { near, sessionMinutes });
  return (
    <Page title="Compare therapists" intro="Side by side, in the order you picked them.">
      {ids.length === 0 && (
        <p className="panel">
          Nothing to compare yet. In the search, press “Compare” on up to three therapists.
        </p>
      )}
      {ids.length > 0 && compared.isPending && <LoadingPanel what="the therapists" />}
      {compared.isError && (
        <RetryPanel what="the therapists" onRetry={() => void compared.refetch()} />
      )}
      {compared.views !== undefined && <CompareTable practitioners={compared.views} />}
      <p>
        <Link className="button button--secondary" to={directoryPaths.search}>
          Back to the search
        </Link>
      </p>
    </Page>
  );
}

function CompareTable({ practitioners }: { practitioners: readonly PractitionerProfileView[] }) {
  const { today } = usePersonDates();
  const { country } = useSignedInUser();
  const planCostFor = usePlanCost();
  const rows = compareRows(practitioners, { today, country: country ?? null, planCostFor });
  return (
    // A focusable, labelled scroll area: at 320 px the table scrolls inside it, by keyboard too.
    <div className="compare-table-wrap" role="region" aria-label="Comparison table" tabIndex={0}>
      <table className="compare-table">
        <caption className="visually-hidden">
          {practitioners.map((practitioner) => practitioner.name).join(", ")} side by side
        </caption>
        <thead>
          <tr>
            <td />
            {practitioners.map((practitioner) => (
              <th key={practitioner.id} scope="col">
                <Link className="inline-link" to={directoryPaths.practitioner(practitioner.id)}>
                  {practitioner.name}
                </Link>
                {practitioner.isFictional && <span className="fictional-tag">Made-up example</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) => (
                <td key={practitioners[index]?.id ?? index}>{cell}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Next step</th>
            {practitioners.map((practitioner) => (
              <td key={practitioner.id}>
                <Link
                  className="button button--primary"
                  to={inviteToCareTeamPath(practitioner.accountId)}
                >
                  Invite<span className="visually-hidden"> {practitioner.name}</span>
                </Link>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
