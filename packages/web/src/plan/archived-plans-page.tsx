import type { Plan, PlanSummary } from "@painplan/core";
import { Link, Navigate, useParams } from "react-router";
import { usePersonDates } from "../accounts/use-person-dates";
import { isApiError } from "../api/api-error";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { NotFoundPage } from "../ui/not-found-page";
import { Page } from "../ui/page";
import type { PersonDates } from "../ui/person-dates";
import { PlanItemCard } from "./plan-item-card";
import { useArchivedPlans, usePlan } from "./plan-queries";
import { PlanTimeline } from "./plan-timeline";

/** The dates of a plan in one sentence: "From 2 March 2026 until 1 June 2026 (reviewed …)". */
function planDatesWords(plan: PlanSummary, dates: PersonDates): string {
  const ended = plan.archivedAt === null ? "" : `, put aside on ${dates.dateOf(plan.archivedAt)}`;
  const review =
    plan.reviewDate === null ? "" : `; review was due ${dates.calendarDate(plan.reviewDate)}`;
  return `Started ${dates.calendarDate(plan.startDate)}${ended}${review}.`;
}

/**
 * Older plans, newest first: each a link to a read-only view. A plan is archived when a new one
 * is started; nothing in it is deleted.
 */
export function ArchivedPlansPage() {
  const plans = useArchivedPlans();
  const dates = usePersonDates();
  return (
    <Page title="Earlier plans" heading="Your earlier plans">
      <p>
        <Link className="button button--secondary" to="/plan">
          Back to your plan
        </Link>
      </p>
      {plans.isPending && <LoadingPanel what="your earlier plans" />}
      {plans.isError && (
        <RetryPanel what="your earlier plans" onRetry={() => void plans.refetch()} />
      )}
      {plans.data?.length === 0 && (
        <p>
          No earlier plans. When you start a new plan, the one before it is kept here, as it was.
        </p>
      )}
      {plans.data !== undefined && plans.data.length > 0 && (
        <ul className="plan-items">
          {plans.data.map((plan) => (
            <li key={plan.id} className="plan-item">
              <h2 className="plan-item__title">{plan.title}</h2>
              <p>{planDatesWords(plan, dates)}</p>
              <Link className="button button--secondary" to={`/plan/archived/${plan.id}`}>
                Open<span className="visually-hidden"> {plan.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

/** One archived plan as it was when it was put aside: read only, with its history. */
export function ArchivedPlanPage() {
  const { planId = "" } = useParams();
  const plan = usePlan(planId);
  const dates = usePersonDates();
  if (plan.error !== null && isApiError(plan.error) && plan.error.status === 404) {
    return <NotFoundPage />;
  }
  if (plan.data?.status === "active") return <Navigate to="/plan" replace />;
  return (
    <Page title={plan.data?.title ?? "Earlier plan"}>
      <p>
        <Link className="button button--secondary" to="/plan/archived">
          All earlier plans
        </Link>
      </p>
      {plan.isPending && <LoadingPanel what="this plan" />}
      {plan.isError && <RetryPanel what="this plan" onRetry={() => void plan.refetch()} />}
      {plan.data !== undefined && <ArchivedPlanView plan={plan.data} dates={dates} />}
    </Page>
  );
}

function ArchivedPlanView({ plan, dates }: { plan: Plan; dates: PersonDates }) {
  return (
    <>
      <p className="panel panel--calm">
        An earlier plan, kept as it was. It cannot be changed; your current plan is on the plan
        page.
      </p>
      <p>
        {planDatesWords(plan, dates)}
        {plan.madeWith === "" ? "" : ` Made with ${plan.madeWith}.`}
      </p>
      <section aria-labelledby="archived-items-heading">
        <h2 id="archived-items-heading">What was in it</h2>
        {plan.items.length === 0 ? (
          <p>No therapies.</p>
        ) : (
          <ul className="plan-items">
            {plan.items.map((item) => (
              <PlanItemCard key={item.id} plan={plan} item={item} readOnly />
            ))}
          </ul>
        )}
      </section>
      {plan.pauses.length > 0 && (
        <section aria-labelledby="archived-pauses-heading">
          <h2 id="archived-pauses-heading">Pauses</h2>
          <ul>
            {plan.pauses.map((pause) => (
              <li key={pause.id}>
                {dates.calendarDate(pause.from)} to {dates.calendarDate(pause.until)}
                {pause.reason === "" ? "" : `: ${pause.reason}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <PlanTimeline planId={plan.id} dates={dates} />
    </>
  );
}
