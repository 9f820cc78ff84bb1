import {
  findBodyRegion,
  painIntensityAnchors,
  painQualities,
  type PainQualityId,
} from "@painplan/core";
import { ScoreScale } from "../forms/score-scale";
import type { RegionMark } from "./body-map-selection";

type RegionDetailsProps = {
  idPrefix: string;
  mark: RegionMark;
  /** "now" in the diary, "usually" in the pain profile. */
  intensityQuestion: string;
  headingLevel: 3 | 4;
  error: string | undefined;
  onIntensity: (intensity: number | null) => void;
  onQuality: (quality: PainQualityId) => void;
  onRemove: () => void;
};

/** The id of a region's scale (its first radio), for links from an error summary. */
export function regionIntensityId(idPrefix: string, regionId: string): string {
  return `${idPrefix}-${regionId}-intensity`;
}

/** How strong the pain is in one chosen area, and how it feels there. */
export function RegionDetails(props: RegionDetailsProps) {
  const { idPrefix, mark, intensityQuestion, headingLevel, error } = props;
  const { onIntensity, onQuality, onRemove } = props;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const label = findBodyRegion(mark.regionId)?.label ?? mark.regionId;
  const id = regionIntensityId(idPrefix, mark.regionId);
  return (
    <li className="region-details">
      <Heading className="region-details__title">{label}</Heading>
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
    </li>
  );
}
