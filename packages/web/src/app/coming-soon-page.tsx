import { Link } from "react-router";
import type { Area } from "../ui/areas";
import { Page } from "../ui/page";

/** Areas not built yet: a calm explanation and a way back, never a dead link. */
export function ComingSoonPage({ area }: { area: Area }) {
  return (
    <Page title={area.name} heading={`${area.name} is coming soon`}>
      <div className="panel">
        <p>{area.description}</p>
        <p>
          We are still building this part of PainPlan. There is nothing you need to do here yet.
        </p>
        <p>
          <Link className="button button--secondary" to="/">
            Back to your dashboard
          </Link>
        </p>
      </div>
    </Page>
  );
}
