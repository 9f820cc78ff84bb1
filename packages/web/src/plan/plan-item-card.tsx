import { describeSchedule, findBodyRegion, type Plan, type PlanItem } from "@painplan/core";
import { Link } from "react-router";
import { VerdictBadge } from "../safety/verdict-badge";
import { RemoveItemButton } from "./remove-item-button";
import { scheduleLocale } from "./schedule-preview";

type PlanItemCardProps = {
  plan: Plan;
  item: PlanItem;
  /** An archived plan's item: shown without Change / Remove. */
  readOnly?: boolean;
};

function areaNames(regionIds: readonly string[]): string {
  return regionIds.map((id) => findBodyRegion(id)?.label.toLowerCase() ?? id).join(", ");
}

/** One item: what, how often, with whom, and what the safety rules asked to keep in mind. */
export function PlanItemCard({ plan, item, readOnly = false }: PlanItemCardProps) {
  const headingId = `plan-item-${item.id}`;
  return (
    <li className="plan-item" aria-labelledby={headingId}>
      <h3 className="plan-item__title" id={headingId}>
        {item.title}
      </h3>
      <p>{describeSchedule(item.schedule, scheduleLocale)}</p>
      <dl className="facts">
        {item.practitioner !== "" && (
          <>
            <dt>With</dt>
            <dd>{item.practitioner}</dd>
          </>
        )}
        {item.pressure !== null && (
          <>
            <dt>Pressure</dt>
            <dd>{item.pressure}</dd>
          </>
        )}
        {item.focusRegionIds.length > 0 && (
          <>
            <dt>Focus on</dt>
            <dd>{areaNames(item.focusRegionIds)}</dd>
          </>
        )}
        {item.avoidRegionIds.length > 0 && (
          <>
            <dt>Avoid</dt>
            <dd>{areaNames(item.avoidRegionIds)}</dd>
          </>
        )}
        <dt>Safety</dt>
        <dd>
          <VerdictBadge level={item.safety.level} />
          {item.clearance !== null && ` — cleared by ${item.clearance.clearedBy}`}
        </dd>
      </dl>
      {item.safety.instructions.length > 0 && (
        <ul
          className="plan-item__instructions"
          aria-label={`What to keep in mind for ${item.title}`}
        >
          {item.safety.instructions.map((instruction) => (
            <li key={instruction}>{instruction}</li>
          ))}
        </ul>
      )}
      {item.notes !== "" && <p className="plan-item__notes">{item.notes}</p>}
      {!readOnly && (
        <div className="plan-links">
          <Link className="button button--secondary" to={`/plan/items/${item.id}/edit`}>
            Change<span className="visually-hidden"> {item.title}</span>
          </Link>
          <RemoveItemButton plan={plan} item={item} />
        </div>
      )}
    </li>
  );
}
