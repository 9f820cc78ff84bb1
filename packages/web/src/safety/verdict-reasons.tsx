import {
  safetySources,
  therapyCard,
  type AreaLine,
  type SafetySourceId,
  type TherapyVerdict,
} from "@painplan/core";
import { Link } from "react-router";
import { VerdictBadge } from "./verdict-badge";

/** Where a rule comes from: a link when there is a page, and a plain word when the source is weak. */
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
      {source.evidence === "verified" ? "" : " (a weaker source: ask your provider)"}
    </>
  );
}

/**
 * A therapy's verdict in full, in the merged words of the results page (`therapyCard` in core):
 * what to do, one line per topic; the body areas by group; then why and the sources.
 */
export function VerdictDetails({ verdict }: { verdict: TherapyVerdict }) {
  const card = therapyCard(verdict);
  return (
    <>
      {card.lines.length > 0 && (
        <ul className="reason-list">
          {card.lines.map((line) => (
            <li key={line.text}>{line.text}</li>
          ))}
        </ul>
      )}
      <AreaList areas={card.areas} />
      {card.openQuestionCount > 0 && (
        <p className="field__hint">
          {card.openQuestionCount === 1 ? "1 question" : `${card.openQuestionCount} questions`}{" "}
          still open:{" "}
          <Link className="inline-link" to="/safety/intake">
            answer them
          </Link>{" "}
          or ask your provider first.
        </p>
      )}
      {card.why.length > 0 && (
        <>
          <p className="verdict-item__areas-title">Why:</p>
          <ul className="reason-list">
            {card.why.map((why) => (
              <li key={why}>{why}</li>
            ))}
          </ul>
        </>
      )}
      <SourceList sourceIds={card.sourceIds} />
    </>
  );
}

/** "Sources: A · B", each a link when there is a page. */
export function SourceList({ sourceIds }: { sourceIds: readonly SafetySourceId[] }) {
  if (sourceIds.length === 0) return null;
  return (
    <p className="field__hint verdict-item__sources">
      {sourceIds.length === 1 ? "Source: " : "Sources: "}
      {sourceIds.map((sourceId, index) => (
        <span key={sourceId}>
          {index > 0 && " · "}
          <SourceLink sourceId={sourceId} />
        </span>
      ))}
    </p>
  );
}

/** Body areas by group ("Both feet"), each with its verdict and, when stricter, why. */
export function AreaList({ areas }: { areas: readonly AreaLine[] }) {
  if (areas.length === 0) return null;
  return (
    <ul className="area-list">
      {areas.map((area) => {
        const more = [...area.why, ...area.lines.map((line) => line.text)];
        return (
          <li key={`${area.level}-${area.text}`}>
            <strong>{area.text}</strong>: <VerdictBadge level={area.level} />
            {more.length > 0 && ` ${more.join(" ")}`}
          </li>
        );
      })}
    </ul>
  );
}
