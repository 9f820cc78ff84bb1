import { isMarked, regionGroups, type BodyMapValue } from "./body-map-selection";

type RegionListProps = {
  idPrefix: string;
  value: BodyMapValue;
  onToggle: (regionId: string) => void;
};

/** The same choice as the figure, as checkboxes: for keyboards, screen readers and anyone. */
export function RegionList({ idPrefix, value, onToggle }: RegionListProps) {
  return (
    <details className="region-list">
      <summary className="region-list__summary">Choose areas from a list</summary>
      <div className="region-list__groups">
        {regionGroups().map((group) => (
          <fieldset key={group.part} className="region-list__group">
            <legend className="region-list__legend">{group.name}</legend>
            {group.regions.map((region) => (
              <label key={region.id} className="choice choice--compact region-list__choice">
                <input
                  type="checkbox"
                  id={`${idPrefix}-region-${region.id}`}
                  checked={isMarked(value, region.id)}
                  onChange={() => {
                    onToggle(region.id);
                  }}
                />
                <span>{region.label}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </details>
  );
}
