import { Page } from "./page";

/** While the account loads: a short, polite status instead of an empty screen. */
export function LoadingPage() {
  return (
    <p className="loading" role="status">
      Loading…
    </p>
  );
}

/** The account could not be checked (network or server trouble): say so and offer a retry. */
export function UnavailablePage({ onRetry }: { onRetry: () => void }) {
  return (
    <Page title="Not available" heading="PainPlan is not answering right now">
      <div className="panel">
        <p>This is usually brief. Please check your connection, then try again.</p>
        <button type="button" className="button button--primary" onClick={onRetry}>
          Try again
        </button>
      </div>
    </Page>
  );
}
