import { painIntensityAnchors, painQualities, type PainQualityId } from "@painplan/core";
import { ScoreScale } from "../forms/score-scale";
import { sharedMark, type BodyMapValue } from "./body-map-selection";

type SameForAllProps = {
  idPrefix: string;
  value: BodyMapValue;
  intensityQuestion: string;
  headingLevel: 3 | 4;
  onIntensity: (intensity: number | null) => void;
  onQuality: (quality: PainQualityId) => void;
};

/** The id of the shared scale's first radio. */
export function sharedIntensityId(idPrefix: string): string {
  return `${idPrefix}-all-intensity`;
}

/**
 * One answer for every chosen area: a number and how it feels, set for all of them at once
 * (shown from two areas on). The scale shows a number only when every area has that number; a
 * feeling is ticked only when every area has it. Each area can still be changed on its own below.
 */
export function SameForAll(props: SameForAllProps) {
  const { idPrefix, value, intensityQuestion, headingLevel, onIntensity, onQuality } = props;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const shared = sharedMark(value);
  const count = value.length;
  return (
    <div className="same-for-all" role="group" aria-labelledby={`${idPrefix}-all-heading`}>
      <Heading id={`${idPrefix}-all-heading`} className="same-for-all__title">
        Same for all {count} chosen areas
      </Heading>
      <ScoreScale
        id={sharedIntensityId(idPrefix)}
        legend={`All ${count} chosen areas: ${intensityQuestion}`}
        value={shared?.intensity ?? null}
        onChange={onIntensity}
        lowAnchor={painIntensityAnchors.lowAnchor}
        highAnchor={painIntensityAnchors.highAnchor}
      />
      <fieldset className="field same-for-all__qualities">
        <legend className="field__label">How does it feel in all of them? (optional)</legend>
        <div className="same-for-all__quality-grid">
          {painQualities.map((quality) => (
            <label key={quality.id} className="choice same-for-all__quality">
              <input
                type="checkbox"
                checked={shared?.qualities.includes(quality.id) ?? false}
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
        </div>
      </fieldset>
    </div>
  );
}
