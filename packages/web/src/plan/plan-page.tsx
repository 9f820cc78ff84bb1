import type { Plan } from "@painplan/core";
import { Link, useLocation } from "react-router";
import { usePersonDates } from "../accounts/use-person-dates";
import { savedNoticeOf } from "../diary/saved-notice";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import type { PersonDates } from "../ui/person-dates";
import { PauseSection } from "./pause-section";
import { AdherenceSection } from "./adherence-section";
import { MissedSessions } from "./adherence-missed-sessions";
import { PlanItemCard } from "./plan-item-card";
import { useActivePlan } from "./plan-queries";
import { PlanTimeline } from "./plan-timeline";

/** The plan at a glance: what is in it, a pause for a flare, and how it changed over time. */
export function PlanPage() {
  const plan = useActivePlan();
  const dates = usePersonDates();
  const notice = savedNoticeOf(useLocation().state) ?? "";
  return (
    <Page title="Plan" heading="Your plan">
      <p className="form__status" role="status">
        {notice}
      </p>
      {plan.isPending && <LoadingPanel what="your plan" />}
      {plan.isError && <RetryPanel what="your plan" onRetry={() => void plan.refetch()} />}
      {plan.data === null && <NoPlanYet />}
      {plan.data != null && <PlanOverview plan={plan.data} dates={dates} />}
    </Page>
  );
}

function NoPlanYet() {
  return (
    <section className="panel panel--calm" aria-labelledby="no-plan-heading">
      <h2 id="no-plan-heading">No plan yet</h2>
      <p>
        Start with one thing, such as a massage every two weeks or a short daily practice. You can
        set it up with your provider or on your own, and change it any time.
      </p>
      <Link className="button button--primary" to="/plan/items/new">
        Add a therapy
      </Link>
    </section>
  );
}

function PlanOverview({ plan, dates }: { plan: Plan; dates: PersonDates }) {
  return (
    <>
      <p>
        {plan.title}: started {dates.calendarDate(plan.startDate)}
        {plan.reviewDate === null ? "" : `; review on ${dates.calendarDate(plan.reviewDate)}`}
        {plan.madeWith === "" ? "." : `; made with ${plan.madeWith}.`}
      </p>
      <nav aria-label="Plan pages" className="plan-links">
        <Link className="button button--primary" to="/plan/items/new">
          Add a therapy
        </Link>
        <Link className="button button--secondary" to="/plan/calendar">
          Calendar
        </Link>
        <Link className="button button--secondary" to="/plan/goals">
          Goals
        </Link>
        <Link className="button button--secondary" to="/reminders">
          Reminders
        </Link>
        <Link className="button button--secondary" to="/plan/details">
          Plan details
        </Link>
      </nav>
      <section aria-labelledby="items-heading">
        <h2 id="items-heading">In your plan</h2>
        {plan.items.length === 0 ? (
          <p>Nothing yet. Add a therapy to start.</p>
        ) : (
          <ul className="plan-items">
            {plan.items.map((item) => (
              <PlanItemCard key={item.id} plan={plan} item={item} />
            ))}
          </ul>
        )}
      </section>
      {plan.items.length > 0 && <AdherenceSection dates={dates} planStart={plan.startDate} />}
      <MissedSessions dates={dates} />
      <PauseSection plan={plan} dates={dates} />
      <PlanTimeline planId={plan.id} dates={dates} />
      <p>
        <Link className="button button--secondary" to="/plan/archived">
          Earlier plans
        </Link>
      </p>
    </>
  );
}
