import type { PlanVersionSummary } from "@painplan/core";
import type { PersonDates } from "../ui/person-dates";
import { usePlanVersions } from "./plan-queries";

type PlanTimelineProps = { planId: string; dates: PersonDates };

/** How many changes show before "show all" (the newest first). */
const shownFirst = 5;

/** Every change of the plan, newest first, in plain words: what, when, why and whose idea. */
export function PlanTimeline({ planId, dates }: PlanTimelineProps) {
  const versions = usePlanVersions(planId);
  const list = versions.data?.versions ?? [];
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">How your plan changed</h2>
      {versions.isPending && <p role="status">Loading the history…</p>}
      {versions.isError && <p>We could not load the history just now.</p>}
      <ol className="plan-timeline">
        {list.slice(0, shownFirst).map((version) => (
          <TimelineEntry key={version.version} version={version} dates={dates} />
        ))}
      </ol>
      {list.length > shownFirst && (
        <details>
          <summary>Show the {list.length - shownFirst} earlier changes</summary>
          <ol className="plan-timeline">
            {list.slice(shownFirst).map((version) => (
              <TimelineEntry key={version.version} version={version} dates={dates} />
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}

function TimelineEntry({ version, dates }: { version: PlanVersionSummary; dates: PersonDates }) {
  return (
    <li className="plan-timeline__entry">
      <p className="plan-timeline__when">
        {dates.momentOf(version.at)} · version {version.version}
      </p>
      <p className="plan-timeline__what">{version.summary}</p>
      {version.reason !== "" && <p>Why: {version.reason}</p>}
      {version.proposedBy !== "" && <p>Suggested by: {version.proposedBy}</p>}
    </li>
  );
}
