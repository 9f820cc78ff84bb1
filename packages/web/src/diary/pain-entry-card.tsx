import type { PainEntry } from "@painplan/core";
import { Link } from "react-router";
import { DeleteEntryButton } from "./delete-entry-button";
import { originLabels, regionText, scoreLines } from "./entry-summary";

type PainEntryCardProps = { userId: string; entry: PainEntry; onDeleted: () => void };

/** One entry in the diary list: its numbers in words, where it hurt, and what can be done. */
export function PainEntryCard({ userId, entry, onDeleted }: PainEntryCardProps) {
  const origin = originLabels[entry.origin];
  const headingId = `entry-${entry.id}-heading`;
  return (
    <article className="entry-card" aria-labelledby={headingId}>
      <h4 id={headingId} className="entry-card__time">
        {entry.localTime}
        {origin !== undefined && <span className="card__tag entry-card__origin">{origin}</span>}
      </h4>
      <dl className="facts entry-card__facts">
        {scoreLines(entry).map((line) => (
          <div key={line.label} className="entry-card__fact">
            <dt>{line.label}</dt>
            <dd>{line.text}</dd>
          </div>
        ))}
        {entry.regions.length > 0 && (
          <div className="entry-card__fact">
            <dt>Where it hurt</dt>
            <dd>
              <ul className="entry-card__regions">
                {entry.regions.map((region) => (
                  <li key={region.regionId}>{regionText(region)}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <OptionalText label="What you did" text={entry.activityNote} />
        <OptionalText label="Made it worse" text={entry.triggers.join(", ")} />
        <OptionalText label="Helped" text={entry.helpers.join(", ")} />
        <OptionalText label="Notes" text={entry.notes} />
      </dl>
      <div className="entry-card__actions">
        <Link className="button button--secondary" to={`/diary/${entry.id}/edit`}>
          Change<span className="visually-hidden"> the entry from {entry.localTime}</span>
        </Link>
        <Link className="button button--quiet" to={`/diary/${entry.id}/history`}>
          History<span className="visually-hidden"> of the entry from {entry.localTime}</span>
        </Link>
        <DeleteEntryButton userId={userId} entry={entry} onDeleted={onDeleted} />
      </div>
    </article>
  );
}

function OptionalText({ label, text }: { label: string; text: string }) {
  if (text === "") return null;
  return (
    <div className="entry-card__fact">
      <dt>{label}</dt>
      <dd>{text}</dd>
    </div>
  );
}
