import type { ItemSafety } from "@painplan/core";
import { Link } from "react-router";
import { TextField } from "../forms/text-field";
import { VerdictBadge } from "../safety/verdict-badge";
import { verdictWords } from "../safety/verdict-words";

type ItemSafetyPanelProps = {
  safety: ItemSafety;
  clearedBy: string;
  onClearedBy: (clearedBy: string) => void;
  clearedByError?: string | undefined;
};

/**
 * What the safety rules say about the item, shown before it is saved: "avoid" says why and asks
 * who cleared it (the item is refused without a name); "take care" shows what to do, which is
 * kept with the item for the therapist.
 */
export function ItemSafetyPanel(props: ItemSafetyPanelProps) {
  const { safety, clearedBy, onClearedBy, clearedByError } = props;
  return (
    <section className="panel plan-check" aria-labelledby="item-safety-heading">
      <h2 id="item-safety-heading">Safety for you</h2>
      <p>
        <VerdictBadge level={safety.level} /> {verdictWords[safety.level].meaning}
      </p>
      <SafetyReasons reasons={safety.reasons} />
      {safety.instructions.length > 0 && (
        <>
          <h3>What to do (kept with this item)</h3>
          <ul>
            {safety.instructions.map((instruction) => (
              <li key={instruction}>{instruction}</li>
            ))}
          </ul>
        </>
      )}
      {safety.level === "avoid" && (
        <TextField
          id="item-cleared-by"
          label="My provider cleared this: who?"
          hint="Only if a doctor or care-team member told you this is fine for you. We keep their name and today's date with the item."
          autoComplete="off"
          value={clearedBy}
          onChange={onClearedBy}
          error={clearedByError}
        />
      )}
    </section>
  );
}

/** Reasons shown at once when there are a few; a long list (no safety answers yet) folds away. */
const reasonsShownOpen = 3;

function SafetyReasons({ reasons }: { reasons: readonly string[] }) {
  if (reasons.length === 0) return null;
  const list = (
    <ul>
      {reasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
  if (reasons.length <= reasonsShownOpen) {
    return (
      <>
        <h3>Why</h3>
        {list}
      </>
    );
  }
  return (
    <>
      <p>
        <Link className="inline-target" to="/safety">
          Your safety answers shape this result
        </Link>
      </p>
      <details className="plan-more">
        <summary className="plan-more__summary">Why: {reasons.length} reasons</summary>
        {list}
      </details>
    </>
  );
}
