import { distanceWords, type PlanCostLine } from "@painplan/core";
import { Link } from "react-router";
import { VerdictBadge } from "../safety/verdict-badge";
import { directoryPaths } from "./directory-paths";
import type { PractitionerSummaryView } from "./practitioner-view";
import { planCostWords, priceListWords } from "./price-words";
import { VerificationNote } from "./verification-note";

type PractitionerCardProps = {
  practitioner: PractitionerSummaryView;
  planCost: readonly PlanCostLine[];
  today: string;
  country: string | null;
  isSaved: boolean;
  onToggleSaved: () => void;
  isCompared: boolean;
  isCompareFull: boolean;
  onToggleCompare: () => void;
};

/**
 * One search result: the name is the link; then why it matches (or why it is not a match), what
 * the person's own plan would cost with them, and whether they take new clients, with when that
 * was last checked. Save and compare are plain buttons that say their state.
 */
export function PractitionerCard(props: PractitionerCardProps) {
  const { practitioner: p, planCost, today, country } = props;
  const headingId = `practitioner-${p.id}`;
  return (
    <article className="practitioner-card" aria-labelledby={headingId}>
      <h3 className="practitioner-card__heading">
        <Link id={headingId} className="card__title" to={directoryPaths.practitioner(p.id)}>
          {p.name}
        </Link>
      </h3>
      {p.isFictional && <span className="fictional-tag">Made-up example, not a real person</span>}
      {p.practice !== "" && <p className="practitioner-card__practice">{p.practice}</p>}
      <p className="practitioner-card__facts">
        {p.distanceKm !== null && <span>{distanceWords(p.distanceKm, country)}</span>}
        <span>{modalityList(p.modalities)}</span>
      </p>
      <MatchReasons practitioner={p} />
      <PlanCost planCost={planCost} practitioner={p} />
      <p className="practitioner-card__facts">
        <span>
          {acceptingWords(p.accepting.value)}{" "}
          <VerificationNote facts={p.accepting.verification} today={today} />
        </span>
      </p>
      <CardActions {...props} />
    </article>
  );
}

function acceptingWords(value: boolean): string {
  return value ? "Taking new clients:" : "Not taking new clients:";
}

function MatchReasons({ practitioner: p }: { practitioner: PractitionerSummaryView }) {
  return (
    <>
      {p.isMatch ? (
        p.fitSummary !== null &&
        p.fitSummary !== "" && (
          <p>
            <span className="practitioner-card__label">Why this match: </span>
            {p.fitSummary}
          </p>
        )
      ) : (
        <p className="practitioner-card__label">
          <VerdictBadge level="avoid" /> Not a match for you
        </p>
      )}
      {p.cautions.length > 0 && (
        <div>
          <p className="practitioner-card__label">Good to know:</p>
          <ul className="why-match">
            {p.cautions.map((caution) => (
              <li key={caution}>{caution}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** "Swedish massage, Deep tissue massage (avoid)": the mark is a word, not a colour. */
function modalityList(modalities: PractitionerSummaryView["modalities"]): string {
  return modalities
    .map((modality) => (modality.avoidWhy === null ? modality.name : `${modality.name} (avoid)`))
    .join(", ");
}

function PlanCost({
  planCost,
  practitioner,
}: {
  planCost: readonly PlanCostLine[];
  practitioner: PractitionerSummaryView;
}) {
  if (planCost.length === 0) {
    return (
      <p className="practitioner-card__facts">Prices: {priceListWords(practitioner.prices)}</p>
    );
  }
  return (
    <div className="plan-cost">
      <p className="practitioner-card__label">Your plan with them:</p>
      <ul className="why-match">
        {planCost.map((line) => (
          <li key={line.itemId}>{planCostWords(line)}</li>
        ))}
      </ul>
    </div>
  );
}

function CardActions(props: PractitionerCardProps) {
  const { practitioner: p, isSaved, isCompared, isCompareFull } = props;
  const cannotAdd = !isCompared && isCompareFull;
  return (
    <div className="practitioner-card__actions">
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={isSaved}
        onClick={props.onToggleSaved}
      >
        {isSaved ? "Saved" : "Save"}
        <span className="visually-hidden"> {p.name}</span>
      </button>
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={isCompared}
        aria-disabled={cannotAdd ? true : undefined}
        aria-describedby={cannotAdd ? "compare-full-hint" : undefined}
        onClick={() => {
          if (!cannotAdd) props.onToggleCompare();
        }}
      >
        Compare<span className="visually-hidden"> {p.name}</span>
      </button>
    </div>
  );
}
