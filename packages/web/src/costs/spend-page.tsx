import { costsEndpoints, endpointUrl, formatMoney } from "@painplan/core";
import { useSignedInUser } from "../accounts/signed-in-user";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import { CostsNav } from "./costs-nav";
import { useSpendSummary } from "./costs-queries";
import { monthName } from "./month-name";
import "./costs.css";

/** What care cost, month by month and by therapy, net of what insurers paid back. */
export function SpendPage() {
  const { id: userId } = useSignedInUser();
  const spend = useSpendSummary(undefined, undefined);
  return (
    <Page
      title="Spending"
      heading="What your care costs"
      intro={
        <p>
          The last 12 months, in your own time zone. What insurers paid back is taken off. Different
          currencies are kept apart and never added together.
        </p>
      }
    >
      <CostsNav />
      {spend.isPending && <LoadingPanel what="your spending" />}
      {spend.isError && (
        <RetryPanel
          what="your spending"
          onRetry={() => {
            void spend.refetch();
          }}
        />
      )}
      {spend.data?.currencies.length === 0 && (
        <p className="panel">
          Nothing recorded yet. When you log a session with its price, or add a package, it shows
          here.
        </p>
      )}
      {spend.data?.currencies.map((block) => {
        const money = (amountMinor: number) =>
          formatMoney({ amountMinor, currency: block.currency });
        const largest = Math.max(1, ...block.byMonth.map((month) => month.netMinor));
        return (
          <section
            key={block.currency}
            className="costs-block"
            aria-labelledby={`spend-${block.currency}`}
          >
            <h2 id={`spend-${block.currency}`}>In {block.currency}</h2>
            <p className="costs-total" data-testid={`spend-net-${block.currency}`}>
              You paid {money(block.netMinor)} after {money(block.reimbursedMinor)} paid back (
              {money(block.spentMinor)} before), over {block.sessions}{" "}
              {block.sessions === 1 ? "session" : "sessions"}.
            </p>
            {block.billedToInsuranceMinor > 0 && (
              <p>Billed to your insurer directly: {money(block.billedToInsuranceMinor)}.</p>
            )}
            <table className="costs-table">
              <caption>By month, {block.currency}</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Paid</th>
                  <th scope="col">Paid back</th>
                  <th scope="col">You paid</th>
                </tr>
              </thead>
              <tbody>
                {block.byMonth.map((month) => (
                  <tr key={month.month}>
                    <th scope="row">{monthName(month.month)}</th>
                    <td>{money(month.spentMinor)}</td>
                    <td>{money(month.reimbursedMinor)}</td>
                    <td>
                      <span
                        className="costs-bar"
                        aria-hidden="true"
                        style={{ width: `${Math.max(0, Math.round((month.netMinor / largest) * 100))}%` }}
                      />
                      {money(month.netMinor)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="costs-table">
              <caption>By therapy, {block.currency}</caption>
              <thead>
                <tr>
                  <th scope="col">Therapy</th>
                  <th scope="col">Sessions</th>
                  <th scope="col">You paid</th>
                </tr>
              </thead>
              <tbody>
                {block.byTherapy.map((therapy) => (
                  <tr key={therapy.therapyKey}>
                    <th scope="row">{therapy.label}</th>
                    <td>{therapy.sessions}</td>
                    <td>{money(therapy.netMinor)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <section className="panel" aria-labelledby="costs-export-heading">
        <h2 id="costs-export-heading">Take your costs with you</h2>
        <ul className="link-list">
          <li>
            <a href={endpointUrl(costsEndpoints.exportCostsCsv.path, { userId })} download>
              Download as CSV (for spreadsheets)
            </a>
          </li>
          <li>
            <a href={endpointUrl(costsEndpoints.exportCostsJson.path, { userId })} download>
              Download as JSON (for other apps)
            </a>
          </li>
        </ul>
      </section>
    </Page>
  );
}
