import type { TherapyVerdict } from "@painplan/core";
import { groupAreas } from "./area-groups";
import { VerdictBadge } from "./verdict-badge";
import { OpenQuestionReasons, SourceLink } from "./verdict-reasons";
import { summarizeVerdict } from "./verdict-summary";

/**
 * One therapy on the results page: why, what to do, which areas, and the sources, each said
 * once. The therapy's own page gives the same reasons in full.
 */
export function VerdictCompact({ verdict }: { verdict: TherapyVerdict }) {
  const summary = summarizeVerdict(verdict);
  const areaGroups = groupAreas(verdict.areas, verdict.reasons);
  return (
    <>
      {summary.why.length > 0 && <p>{summary.why.join(" ")}</p>}
      {summary.whatToDo.length > 0 && (
        <>
          <p className="verdict-item__areas-title">What to do:</p>
          <ul className="reason-list">
            {summary.whatToDo.map((instruction) => (
              <li key={instruction}>{instruction}</li>
            ))}
          </ul>
        </>
      )}
      {areaGroups.length > 0 && (
        <ul className="area-list">
          {areaGroups.map((group) => (
            <li key={group.labels.join(",")}>
              <strong>{group.labels.join(", ")}</strong>: <VerdictBadge level={group.level} />
            </li>
          ))}
        </ul>
      )}
      {summary.openQuestionReasons.length > 0 && (
        <OpenQuestionReasons reasons={summary.openQuestionReasons} />
      )}
      {summary.sourceIds.length > 0 && (
        <p className="field__hint verdict-item__sources">
          {summary.sourceIds.length === 1 ? "Source: " : "Sources: "}
          {summary.sourceIds.map((sourceId, index) => (
            <span key={sourceId}>
              {index > 0 && " · "}
              <SourceLink sourceId={sourceId} />
            </span>
          ))}
        </p>
      )}
    </>
  );
}
