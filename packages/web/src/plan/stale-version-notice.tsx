import type { Plan } from "@painplan/core";
import type { PersonDates } from "../ui/person-dates";

type StaleVersionNoticeProps = { plan: Plan | null; dates: PersonDates };

/**
 * A 409: the plan changed since the form was opened (another tab, a care-team member). Nothing
 * was overwritten; the person's typing is kept and the current version is named.
 */
export function StaleVersionNotice({ plan, dates }: StaleVersionNoticeProps) {
  return (
    <div className="panel panel--calm" role="alert">
      <h2>Your plan changed in the meantime</h2>
      <p>
        {plan === null
          ? "Someone changed your plan since you opened this page."
          : `Since you opened this page, your plan was changed (${dates.momentOf(plan.updatedAt)}).`}{" "}
        Nothing was overwritten, and what you typed here is kept. Have a look, then save again.
      </p>
    </div>
  );
}
