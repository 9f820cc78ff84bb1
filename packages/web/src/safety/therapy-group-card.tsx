import type { TherapyGroup } from "@painplan/core";
import { Link } from "react-router";
import { VerdictBadge } from "./verdict-badge";
import { AreaList, SourceList } from "./verdict-reasons";

/** The card's title: up to three names as they are, more by their group ("All yoga poses"). */
function groupTitle(group: TherapyGroup): string {
  return group.names.length <= 3 ? group.names.join(", ") : group.therapies;
}

/**
 * Therapies that say the same, as one card: the verdict, what to do (one line per topic, only
 * lines of the card's own level), the areas by body-map group, and, folded, why, the sources and
 * a link to each therapy.
 */
export function TherapyGroupCard({ group }: { group: TherapyGroup }) {
  const count = group.therapyIds.length;
  const openCount = group.openQuestionCount;
  return (
    <li className={`verdict-item verdict-item--${group.level}`}>
      <h3 className="verdict-item__name">{groupTitle(group)}</h3>
      <p className="verdict-item__badge">
        <VerdictBadge level={group.level} />
      </p>
      {group.lines.length > 0 && (
        <ul className="reason-list">
          {group.lines.map((line) => (
            <li key={line.text}>{line.text}</li>
          ))}
        </ul>
      )}
      <AreaList areas={group.areas} />
      {openCount > 0 && (
        <p className="field__hint">
          {openCount === 1 ? "1 question" : `${openCount} questions`} still open:{" "}
          <Link className="inline-link" to="/safety/intake">
            answer them
          </Link>{" "}
          or ask your provider first.
        </p>
      )}
      <details className="open-reasons">
        <summary className="open-reasons__summary">
          Why, sources{count > 1 ? ` and the ${count} therapies` : ""}
        </summary>
        {group.why.length > 0 && (
          <ul className="reason-list">
            {group.why.map((why) => (
              <li key={why}>{why}</li>
            ))}
          </ul>
        )}
        {group.sourceIds.length > 0 && <SourceList sourceIds={group.sourceIds} />}
        <ul className="link-list">
          {group.therapyIds.map((therapyId, index) => (
            <li key={therapyId}>
              <Link className="inline-link" to={`/therapies/${therapyId}`}>
                {group.names[index]}
              </Link>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
