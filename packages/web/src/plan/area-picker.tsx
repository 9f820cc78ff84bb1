import { findBodyRegion, type BodyView } from "@painplan/core";
import { useState } from "react";
import { BodyFigure } from "../body-map/body-figure";
import type { BodyMapValue } from "../body-map/body-map-selection";
import { RegionList } from "../body-map/region-list";

type AreaMode = "focus" | "avoid";

type AreaPickerProps = {
  idPrefix: string;
  focusAreas: readonly string[];
  avoidAreas: readonly string[];
  onChange: (areas: { focusAreas: string[]; avoidAreas: string[] }) => void;
};

/** Region ids as the body map's value (the map shows a tick where nothing is rated). */
function asMapValue(regionIds: readonly string[]): BodyMapValue {
  return regionIds.map((regionId) => ({ regionId, intensity: null, qualities: [] }));
}

function namesOf(regionIds: readonly string[]): string {
  if (regionIds.length === 0) return "none";
  return regionIds.map((id) => findBodyRegion(id)?.label.toLowerCase() ?? id).join(", ");
}

/**
 * Areas to focus on and to leave out, on the same body map as the diary: first choose what a tap
 * means, then tap the figure or tick the list. An area is in one list at most.
 */
export function AreaPicker({ idPrefix, focusAreas, avoidAreas, onChange }: AreaPickerProps) {
  const [mode, setMode] = useState<AreaMode>("focus");
  const [view, setView] = useState<BodyView>("front");
  const chosen = mode === "focus" ? focusAreas : avoidAreas;
  const toggle = (regionId: string) => {
    const has = chosen.includes(regionId);
    const next = has ? chosen.filter((id) => id !== regionId) : [...chosen, regionId];
    const others = (mode === "focus" ? avoidAreas : focusAreas).filter((id) => id !== regionId);
    onChange(
      mode === "focus"
        ? { focusAreas: next, avoidAreas: others }
        : { focusAreas: others, avoidAreas: next },
    );
  };
  return (
    <div className="area-picker">
      <div className="body-map__views" role="group" aria-label="What a tap on the body means">
        {(["focus", "avoid"] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="button button--secondary body-map__view-button"
            aria-pressed={mode === option}
            onClick={() => {
              setMode(option);
            }}
          >
            {mode === option && <span aria-hidden="true">✓ </span>}
            {option === "focus" ? "Areas to focus on" : "Areas to avoid"}
          </button>
        ))}
      </div>
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
            {view === option && <span aria-hidden="true">✓ </span>}
            {option === "front" ? "Front" : "Back"}
          </button>
        ))}
      </div>
      <div className="body-map__layout">
        <BodyFigure view={view} value={asMapValue(chosen)} onToggle={toggle} />
        <RegionList idPrefix={`${idPrefix}-${mode}`} value={asMapValue(chosen)} onToggle={toggle} />
      </div>
      <p className="body-map__count" role="status">
        Focus on: {namesOf(focusAreas)}. Avoid: {namesOf(avoidAreas)}.
      </p>
    </div>
  );
}
