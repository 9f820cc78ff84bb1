import { Link } from "react-router";
import { Page } from "./page";

export function NotFoundPage() {
  return (
    <Page title="Page not found" heading="We could not find that page">
      <div className="panel">
        <p>The address may be mistyped, or the page may have moved.</p>
        <p>
          <Link className="button button--secondary" to="/">
            Go to your dashboard
          </Link>
        </p>
      </div>
    </Page>
  );
}
