import { Page } from "../ui/page";
import { comingSoonAreas } from "../ui/areas";
import { useSignedInUser } from "../accounts/signed-in-user";
import { QuickLog } from "../diary/quick-log";
import { DueQuestionnaires } from "../questionnaires/due-questionnaires";
import { SafetyNudge } from "../safety/safety-nudge";
import { AreaCard } from "./area-card";

export function DashboardPage() {
  const user = useSignedInUser();
  return (
    <Page title="Dashboard" heading={`Hello, ${user.displayName}`}>
      {/* Only patients keep a diary; practitioners and admins see the areas alone. */}
      {user.role === "patient" && (
        <>
          <QuickLog userId={user.id} headingLevel={2} />
          <DueQuestionnaires userId={user.id} />
          <SafetyNudge />
        </>
      )}
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
