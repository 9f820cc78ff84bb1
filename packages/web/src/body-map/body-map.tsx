import type { BodyView } from "@painplan/core";
import { useState } from "react";
import { BodyFigure } from "./body-figure";
import {
  setAllIntensities,
  setRegionIntensity,
  toggleAllQualities,
  toggleRegion,
  toggleRegionQuality,
  toggleRegions,
  type BodyMapValue,
} from "./body-map-selection";
import { BodyMapShortcuts } from "./body-map-shortcuts";
import { RegionDetails } from "./region-details";
import { RegionList } from "./region-list";
import { SameForAll } from "./same-for-all";

type BodyMapProps = {
  /** Unique on the page: ids of the list's checkboxes and of the scales start with it. */
  idPrefix: string;
  heading: string;
  hint: string;
  intensityQuestion: string;
  /** 2 when the map is a section of its own page, 3 inside a form section. */
  headingLevel: 2 | 3;
  value: BodyMapValue;
  onChange: (value: BodyMapValue) => void;
  /** Messages next to a region's scale, by region id. */
  errors?: Readonly<Record<string, string>>;
};

function chosenCount(count: number): string {
  if (count === 0) return "No areas chosen yet.";
  return count === 1 ? "1 area chosen." : `${count} areas chosen.`;
}

/**
 * Where it hurts: a shortcut ("Both feet"), the figure (front or back) or the list; then one
 * number and feeling for all chosen areas at once, or for each area on its own. From two areas
 * on, each area's own answer folds away under its name, number and feelings.
 */
export function BodyMap(props: BodyMapProps) {
  const { idPrefix, heading, hint, intensityQuestion, headingLevel, value, onChange } = props;
  const { errors = {} } = props;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const [view, setView] = useState<BodyView>("front");
  const toggle = (regionId: string) => {
    onChange(toggleRegion(value, regionId));
  };
  return (
    <section className="body-map" aria-labelledby={`${idPrefix}-heading`}>
      <Heading id={`${idPrefix}-heading`}>{heading}</Heading>
      <p className="field__hint">{hint}</p>
      <BodyMapShortcuts
        value={value}
        onToggleGroup={(regionIds) => {
          onChange(toggleRegions(value, regionIds));
        }}
      />
      <div className="body-map__views" role="group" aria-label="Side of the body shown">
        {(["front", "back"] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="button button--secondary body-map__view-button"
            aria-pressed={view === option}
            onClick={() => {
              setView(option);
            }}
          >
            {/* The tick is for the eye; screen readers hear "pressed" instead. */}
            {view === option && <span aria-hidden="true">✓ </span>}
            {option === "front" ? "Front" : "Back"}
          </button>
        ))}
      </div>
      <div className="body-map__layout">
        <BodyFigure view={view} value={value} onToggle={toggle} />
        <RegionList idPrefix={idPrefix} value={value} onToggle={toggle} />
      </div>
      <p className="body-map__count" role="status">
        {chosenCount(value.length)}
      </p>
      {value.length > 1 && (
        <SameForAll
          idPrefix={idPrefix}
          value={value}
          intensityQuestion={intensityQuestion}
          headingLevel={headingLevel === 2 ? 3 : 4}
          onIntensity={(intensity) => {
            onChange(setAllIntensities(value, intensity));
          }}
          onQuality={(quality) => {
            onChange(toggleAllQualities(value, quality));
          }}
        />
      )}
      {value.length > 0 && (
        <ul className="body-map__chosen" aria-label="Each area on its own">
          {value.map((mark) => (
            <RegionDetails
              key={mark.regionId}
              idPrefix={idPrefix}
              mark={mark}
              error={errors[mark.regionId]}
              intensityQuestion={intensityQuestion}
              headingLevel={headingLevel === 2 ? 3 : 4}
              isFolded={value.length > 1}
              onIntensity={(intensity) => {
                onChange(setRegionIntensity(value, mark.regionId, intensity));
              }}
              onQuality={(quality) => {
                onChange(toggleRegionQuality(value, mark.regionId, quality));
              }}
              onRemove={() => {
                toggle(mark.regionId);
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
