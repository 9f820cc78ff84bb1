import type { TherapySummary, VerdictLevel } from "@painplan/core";
import { Link } from "react-router";
import { VerdictBadge } from "../safety/verdict-badge";
import { certaintyShortWords, kindNames, minutesText } from "./therapy-words";

type TherapyCardProps = {
  therapy: Pick<
    TherapySummary,
    "id" | "kind" | "name" | "summary" | "typicalMinutes" | "typicalFrequency" | "evidenceCertainty"
  >;
  level: VerdictLevel | undefined;
};

/** The name is the link (one clear target); the rest is read after it. */
export function TherapyCard({ therapy, level }: TherapyCardProps) {
  const minutes = minutesText(therapy.typicalMinutes);
  return (
    <article className="card therapy-card" aria-labelledby={`therapy-${therapy.id}`}>
      <h3 className="therapy-card__heading">
        <Link id={`therapy-${therapy.id}`} className="card__title" to={`/therapies/${therapy.id}`}>
          {therapy.name}
        </Link>
      </h3>
      <span className="card__text">{therapy.summary}</span>
      <p className="therapy-card__facts">
        <span>{kindNames[therapy.kind]}</span>
        {minutes !== undefined && <span>{minutes}</span>}
        <span>{therapy.typicalFrequency.label}</span>
        <span>Research: {certaintyShortWords[therapy.evidenceCertainty]}</span>
      </p>
      {level !== undefined && (
        <p className="therapy-card__verdict">
          <VerdictBadge level={level} />
        </p>
      )}
    </article>
  );
}
