import type { TherapySummary, VerdictLevel } from "@painplan/core";
import { Link } from "react-router";
import { VerdictBadge } from "../safety/verdict-badge";
import { TherapyKindIcon } from "./therapy-kind-icon";
import { certaintyShortWords, frequencyShortText, minutesText } from "./therapy-words";

type TherapyCardProps = {
  therapy: Pick<
    TherapySummary,
    "id" | "kind" | "name" | "summary" | "typicalMinutes" | "typicalFrequency" | "evidenceCertainty"
  >;
  level: VerdictLevel | undefined;
};

/**
 * The name is the link (one clear target); the rest is read after it. The kind is the icon and
 * the heading of the group the card sits in, so the card does not repeat it; the frequency is
 * short here and in full on the therapy's page.
 */
export function TherapyCard({ therapy, level }: TherapyCardProps) {
  const minutes = minutesText(therapy.typicalMinutes);
  return (
    <article className="card therapy-card" aria-labelledby={`therapy-${therapy.id}`}>
      <TherapyKindIcon kind={therapy.kind} />
      <h3 className="therapy-card__heading">
        <Link id={`therapy-${therapy.id}`} className="card__title" to={`/therapies/${therapy.id}`}>
          {therapy.name}
        </Link>
      </h3>
      <span className="card__text">{therapy.summary}</span>
      <p className="therapy-card__facts">
        {minutes !== undefined && <span>{minutes}</span>}
        <span>{frequencyShortText(therapy.typicalFrequency)}</span>
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
