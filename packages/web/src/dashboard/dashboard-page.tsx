import type { Role } from "@painplan/core";
import { Page } from "../ui/page";
import { areasFor } from "../ui/areas";
import { LoadingPanel } from "../ui/load-states";
import { useSignedInUser } from "../accounts/signed-in-user";
import { QuickLog } from "../diary/quick-log";
import { DueQuestionnaires } from "../questionnaires/due-questionnaires";
import { useQuestionnaireOverview } from "../questionnaires/questionnaire-queries";
import { SafetyNudge } from "../safety/safety-nudge";
import { useSafetyAssessment } from "../safety/safety-queries";
import { usePlanToday } from "../plan/plan-queries";
import { MissedSessions } from "../plan/adherence-missed-sessions";
import { usePersonDates } from "../accounts/use-person-dates";
import { AreaCard } from "./area-card";
import { useEntriesBetween } from "./dashboard-queries";
import { PersonWeek } from "./person-week";
import { trendStart } from "./week-trend";
import { TodayList } from "./today-list";
import { FollowUpCards } from "../sessions/follow-up-card";

export function DashboardPage() {
  const user = useSignedInUser();
  return (
    <Page title="Dashboard" heading={`Hello, ${user.displayName}`}>
      {/* Only patients keep a diary; practitioners and admins see the areas alone. */}
      {user.role === "patient" ? (
        <PatientDashboard userId={user.id} />
      ) : (
        <AreaCards role={user.role} />
      )}
    </Page>
  );
}

/**
 * About the person: the quick log first, then their week (today's entries and a 7-day trend),
 * then next steps (the plan's Today list, check-ins due, the safety intake if not done).
 * The quick log comes first, at once (its place never changes). The cards below it appear
 * together, once what decides them has loaded: a card appearing after the others would push
 * the page down while the person reads or taps (layout shift). Meanwhile one "Loading…" holds
 * their place. A failed load shows each card's own state.
 */
function PatientDashboard({ userId }: { userId: string }) {
  const questionnaires = useQuestionnaireOverview(userId);
  const today = usePlanToday();
  const dates = usePersonDates();
  const week = useEntriesBetween(userId, trendStart(dates.today), dates.today);
  const loads = [questionnaires, useSafetyAssessment(), today, week];
  return (
    <>
      <QuickLog userId={userId} headingLevel={2} />
      {loads.some((load) => load.isPending) ? (
        <LoadingPanel what="your dashboard" />
      ) : (
        <>
          <PersonWeek entries={week.data} dates={dates} />
          <TodayList today={today.data} dueCheckIns={questionnaires.data?.due.length ?? 0} />
          <FollowUpCards />
          <DueQuestionnaires userId={userId} />
          <SafetyNudge />
          <MissedSessions dates={dates} />
        </>
      )}
    </>
  );
}

/** The areas that exist, as big cards; areas still to come are never shown (issue 14). */
function AreaCards({ role }: { role: Role }) {
  return (
    <section aria-labelledby="areas-heading">
      <h2 id="areas-heading">Areas</h2>
      <ul className="card-grid">
        {areasFor(role).map((area) => (
          <li key={area.slug}>
            <AreaCard area={area} />
          </li>
        ))}
      </ul>
    </section>
  );
}
