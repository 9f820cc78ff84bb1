import { Page } from "../app/page";
import { comingSoonAreas } from "../app/areas";
import { useSignedInUser } from "../accounts/signed-in-user";
import { AreaCard } from "./area-card";

export function DashboardPage() {
  const user = useSignedInUser();
  return (
    <Page title="Dashboard" heading={`Hello, ${user.displayName}`}>
      <section className="panel panel--calm" aria-labelledby="today-heading">
        <h2 id="today-heading">Today</h2>
        <p>Nothing logged yet, and that is fine.</p>
        <p>
          When you feel ready, the diary will let you note how you are in a few taps. Stable days
          and rest days count too.
        </p>
      </section>
      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading">Coming to PainPlan</h2>
        <ul className="card-grid">
          {comingSoonAreas.map((area) => (
            <li key={area.slug}>
              <AreaCard area={area} />
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
