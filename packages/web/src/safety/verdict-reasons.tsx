import {
  safetySources,
  type SafetyReason,
  type SafetySourceId,
  type TherapyVerdict,
} from "@painplan/core";
import { groupAreas } from "./area-groups";
import { VerdictBadge } from "./verdict-badge";

/** Where a rule comes from: a link when there is a page, and a word when it is not confirmed. */
export function SourceLink({ sourceId }: { sourceId: SafetySourceId }) {
  const source = safetySources[sourceId];
  return (
    <>
      {source.url === null ? (
        source.title
      ) : (
        <a className="source-link" href={source.url} rel="noreferrer" target="_blank">
          {source.title}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      )}
      {source.evidence === "verified" ? "" : " (not yet fully confirmed)"}
    </>
  );
}

/** One reason: what it is, what to do, and where the rule comes from (a link when there is one). */
function ReasonItem({ reason }: { reason: SafetyReason }) {
  return (
    <li>
      <p>{reason.text}</p>
      {reason.instructions.length > 0 && (
        <ul>
          {reason.instructions.map((instruction) => (
            <li key={instruction}>{instruction}</li>
          ))}
        </ul>
      )}
      <p className="field__hint">
        Source: <SourceLink sourceId={reason.sourceId} />
      </p>
    </li>
  );
}

/**
 * Reasons from answers in full (what to do, and the source); reasons that only come from an
 * open question are folded into one line, so a half-finished intake stays readable.
 */
export function ReasonList({ reasons }: { reasons: readonly SafetyReason[] }) {
  const fromAnswers = reasons.filter((reason) => reason.basis === "answer");
  const fromOpenQuestions = reasons.filter((reason) => reason.basis === "open-question");
  if (reasons.length === 0) return null;
  return (
    <>
      {fromAnswers.length > 0 && (
        <ul className="reason-list">
          {fromAnswers.map((reason) => (
            <ReasonItem key={`${reason.ruleId}-${reason.text}`} reason={reason} />
          ))}
        </ul>
      )}
      {fromOpenQuestions.length > 0 && <OpenQuestionReasons reasons={fromOpenQuestions} />}
    </>
  );
}

export function OpenQuestionReasons({ reasons }: { reasons: readonly SafetyReason[] }) {
  const count = reasons.length === 1 ? "1 open question" : `${reasons.length} open questions`;
  return (
    <details className="open-reasons">
      <summary className="open-reasons__summary">
        {count}: answer {reasons.length === 1 ? "it" : "them"}, or ask your provider first
      </summary>
      <ul className="reason-list">
        {reasons.map((reason) => (
          <li key={`${reason.ruleId}-${reason.text}`}>{reason.text}</li>
        ))}
      </ul>
    </details>
  );
}

/** The verdict for a whole therapy, then the body areas that need something more. */
export function VerdictDetails({ verdict }: { verdict: TherapyVerdict }) {
  const areaGroups = groupAreas(verdict.areas, verdict.reasons);
  return (
    <>
      <ReasonList reasons={verdict.reasons} />
      {areaGroups.length > 0 && (
        <>
          <p className="verdict-item__areas-title">Body areas:</p>
          <ul className="area-list">
            {areaGroups.map((group) => (
              <li key={group.labels.join(",")}>
                <strong>{group.labels.join(", ")}</strong>: <VerdictBadge level={group.level} />
                <ReasonList reasons={group.reasons} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
