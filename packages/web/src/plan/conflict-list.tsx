import type { ConflictPreview } from "@painplan/core";
import type { PersonDates } from "../ui/person-dates";

type ConflictListProps = { preview: ConflictPreview; dates: PersonDates };

/** How many conflicts are listed before "and N more" (the count is always complete). */
const listedMax = 5;

/**
 * Overlaps of the new item with the rest of the plan, over every one of its sessions (not just
 * the first few): a warning, not a block, since two things at once can be intended.
 */
export function ConflictList({ preview, dates }: ConflictListProps) {
  const { conflicts, occurrenceCount } = preview;
  const sessions = occurrenceCount === 1 ? "1 session" : `${occurrenceCount} sessions`;
  if (conflicts.length === 0) {
    return (
      <p className="plan-check__ok" role="status">
        No clashes with the rest of your plan (all {sessions} checked).
      </p>
    );
  }
  const more = conflicts.length - listedMax;
  return (
    <section className="panel plan-check" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">
        {conflicts.length === 1 ? "1 clash" : `${conflicts.length} clashes`} with your plan
      </h2>
      <p>We checked all {sessions}. You can still save; you may want to change the time or day.</p>
      <ul>
        {conflicts.slice(0, listedMax).map(({ draft, existing }) => (
          <li key={`${draft.key}-${existing.itemId}-${existing.key}`}>
            {dates.momentOf(draft.start)} overlaps {existing.title} at {existing.localTime}
          </li>
        ))}
      </ul>
      {more > 0 && <p>And {more} more.</p>}
    </section>
  );
}
