import { FieldMessages } from "../forms/field-messages";
import { regionGroups, toggleGroup, toggleRegion, type RegionGroup } from "./region-groups";

type RegionChecklistProps = {
  id: string;
  legend: string;
  hint: string;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
};

/**
 * Body regions as grouped checkboxes: no precise tapping on a drawing, works with a keyboard and
 * a screen reader. Each group is a collapsible section, open when something in it is ticked.
 */
export function RegionChecklist(props: RegionChecklistProps) {
  const { id, legend, hint, selected, onChange, error } = props;
  return (
    <fieldset
      className={error === undefined ? "field regions" : "field regions field--invalid"}
      aria-describedby={error === undefined ? `${id}-hint` : `${id}-hint ${id}-error`}
    >
      <legend className="field__label">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {regionGroups().map((group, index) => (
        <RegionGroupSection
          key={group.part}
          id={`${id}-${group.part}`}
          summaryId={index === 0 ? id : undefined}
          group={group}
          selected={selected}
          onChange={onChange}
        />
      ))}
    </fieldset>
  );
}

type RegionGroupSectionProps = {
  id: string;
  /** The first group's summary carries the list's id, so an error message can link to it. */
  summaryId: string | undefined;
  group: RegionGroup;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
};

function RegionGroupSection(props: RegionGroupSectionProps) {
  const { id, summaryId, group, selected, onChange } = props;
  const ticked = group.regions.filter((region) => selected.includes(region.id)).length;
  const isAll = ticked === group.regions.length;
  return (
    <details className="regions__group" open={ticked > 0}>
      <summary className="regions__summary" id={summaryId}>
        {group.name}
        {ticked > 0 && <span className="regions__count"> ({ticked} chosen)</span>}
      </summary>
      <div className="regions__list">
        <label className="choice regions__all">
          <input
            type="checkbox"
            id={`${id}-all`}
            checked={isAll}
            onChange={(event) => {
              onChange(toggleGroup(selected, group, event.target.checked));
            }}
          />
          <span className="choice__label">All of: {group.name.toLowerCase()}</span>
        </label>
        {group.regions.map((region) => (
          <label key={region.id} className="choice regions__choice">
            <input
              type="checkbox"
              value={region.id}
              checked={selected.includes(region.id)}
              onChange={(event) => {
                onChange(toggleRegion(selected, region.id, event.target.checked));
              }}
            />
            <span className="choice__label">{region.label}</span>
          </label>
        ))}
      </div>
    </details>
  );
}
