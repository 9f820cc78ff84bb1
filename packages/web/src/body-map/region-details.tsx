import {
  findBodyRegion,
  painIntensityAnchors,
  painQualities,
  type PainQualityId,
} from "@painplan/core";
import { useState } from "react";
import { ScoreScale } from "../forms/score-scale";
import type { RegionMark } from "./body-map-selection";

type RegionDetailsProps = {
  idPrefix: string;
  mark: RegionMark;
  /** "now" in the diary, "usually" in the pain profile. */
  intensityQuestion: string;
  headingLevel: 3 | 4;
  /**
   * Folded under a one-line summary (name, number, feelings), opened by a tap: used when several
   * areas are chosen and "same for all" answers most of it. Always open while it has an error.
   */
  isFolded: boolean;
  error: string | undefined;
  onIntensity: (intensity: number | null) => void;
  onQuality: (quality: PainQualityId) => void;
  onRemove: () => void;
};

/** The id of a region's scale (its first radio), for links from an error summary. */
export function regionIntensityId(idPrefix: string, regionId: string): string {
  return `${idPrefix}-${regionId}-intensity`;
}

/** "6, burning, tingling": the number (or that there is none yet) and the feelings, in words. */
export function markSummary(mark: RegionMark): string {
  const number = mark.intensity === null ? "no number yet" : String(mark.intensity);
  const feelings = painQualities
    .filter((quality) => mark.qualities.includes(quality.id))
    .map((quality) => quality.label.toLowerCase());
  return [number, ...feelings].join(", ");
}

/** How strong the pain is in one chosen area, and how it feels there. */
export function RegionDetails(props: RegionDetailsProps) {
  const { mark, headingLevel, isFolded, error } = props;
  const [isOpen, setIsOpen] = useState(false);
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const label = findBodyRegion(mark.regionId)?.label ?? mark.regionId;
  if (!isFolded) {
    return (
      <li className="region-details">
        <Heading className="region-details__title">{label}</Heading>
        <RegionAnswers {...props} label={label} />
      </li>
    );
  }
  return (
    <li className="region-details region-details--folded">
      <details
        open={isOpen || error !== undefined}
        onToggle={(event) => {
          setIsOpen(event.currentTarget.open);
        }}
      >
        <summary className="region-details__fold-summary">
          <span className="region-details__fold-label">{label}</span>
          <span className="region-details__fold-value">{markSummary(mark)}</span>
        </summary>
        <RegionAnswers {...props} label={label} />
      </details>
    </li>
  );
}

/** The scale, the feelings and the remove button of one area. */
function RegionAnswers(props: RegionDetailsProps & { label: string }) {
  const { idPrefix, mark, intensityQuestion, error, label } = props;
  const { onIntensity, onQuality, onRemove } = props;
  const id = regionIntensityId(idPrefix, mark.regionId);
  return (
    <>
      <ScoreScale
        id={id}
        legend={`${label}: ${intensityQuestion}`}
        value={mark.intensity}
        onChange={onIntensity}
        lowAnchor={painIntensityAnchors.lowAnchor}
        highAnchor={painIntensityAnchors.highAnchor}
        error={error}
      />
      <details className="region-details__qualities">
        <summary className="region-details__summary">
          How does it feel in your {label.toLowerCase()}? (optional)
        </summary>
        <fieldset className="field region-details__quality-list">
          <legend className="visually-hidden">{label}: how it feels</legend>
          {painQualities.map((quality) => (
            <label key={quality.id} className="choice">
              <input
                type="checkbox"
                checked={mark.qualities.includes(quality.id)}
                onChange={() => {
                  onQuality(quality.id);
                }}
              />
              <span>
                <span className="choice__label">{quality.label}</span>
                <span className="choice__hint">{quality.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </details>
      <button type="button" className="button button--secondary" onClick={onRemove}>
        Remove {label.toLowerCase()}
      </button>
    </>
  );
}
