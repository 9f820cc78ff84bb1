import { bodyRegions, findBodyRegion, sessionLimits } from "@painplan/core";
import { useState } from "react";
import { FieldMessages } from "../forms/field-messages";
import { ScoreScale } from "../forms/score-scale";
import type { RegionPainDraft } from "./session-details";

type RegionPainFieldsProps = {
  /** The areas with their pain, in the order they were added. */
  value: readonly RegionPainDraft[];
  onChange: (regionPain: RegionPainDraft[]) => void;
  /** The areas worked on: offered first, as they are the likely ones. */
  areas: readonly string[];
  error?: string | undefined;
};

const labelOf = (regionId: string) => findBodyRegion(regionId)?.label ?? regionId;

/**
 * Pain by area (optional): an area is added from a list, then scored 0–10 before and after like
 * the overall pain; "Remove" takes it off again. An area left without scores is not sent.
 */
export function RegionPainFields({ value, onChange, areas, error }: RegionPainFieldsProps) {
  const listed = new Set(value.map((region) => region.regionId));
  const choices = [
    ...areas.filter((id) => !listed.has(id)).map((id) => ({ id, label: labelOf(id) })),
    ...bodyRegions.filter((region) => !listed.has(region.id) && !areas.includes(region.id)),
  ];
  const [chosen, setChosen] = useState("");
  const toAdd = choices.some((choice) => choice.id === chosen) ? chosen : (choices[0]?.id ?? "");
  const canAdd = toAdd !== "" && value.length < sessionLimits.regionPainMax;
  const change = (regionId: string, score: Partial<RegionPainDraft>) => {
    onChange(
      value.map((region) => (region.regionId === regionId ? { ...region, ...score } : region)),
    );
  };

  return (
    <fieldset
      id="session-region-pain"
      className={error === undefined ? "field" : "field field--invalid"}
      aria-describedby={
        error === undefined
          ? "session-region-pain-hint"
          : "session-region-pain-hint session-region-pain-error"
      }
    >
      <legend className="field__label">Pain by area (optional)</legend>
      <FieldMessages
        id="session-region-pain"
        hint="For an area that hurt more or less than the rest: 0 is no pain, 10 the worst."
        error={error}
      />
      {value.map((region) => {
        const label = labelOf(region.regionId);
        return (
          <div className="session-region" key={region.regionId}>
            <h3 className="session-region__name">{label}</h3>
            <ScoreScale
              id={`session-region-${region.regionId}-before`}
              legend={`${label}: pain before (0–10)`}
              value={region.before}
              onChange={(before) => {
                change(region.regionId, { before });
              }}
              lowAnchor="No pain"
              highAnchor="Worst pain imaginable"
              isOptional
            />
            <ScoreScale
              id={`session-region-${region.regionId}-after`}
              legend={`${label}: pain after (0–10)`}
              value={region.after}
              onChange={(after) => {
                change(region.regionId, { after });
              }}
              lowAnchor="No pain"
              highAnchor="Worst pain imaginable"
              isOptional
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                onChange(value.filter((other) => other.regionId !== region.regionId));
              }}
            >
              Remove {label}
            </button>
          </div>
        );
      })}
      {canAdd && (
        <div className="session-region__add">
          <label className="field__label" htmlFor="session-region-add">
            Area
          </label>
          <select
            className="field__input field__select"
            id="session-region-add"
            value={toAdd}
            onChange={(event) => {
              setChosen(event.target.value);
            }}
          >
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onChange([...value, { regionId: toAdd, before: null, after: null }]);
              setChosen("");
            }}
          >
            Add this area
          </button>
        </div>
      )}
    </fieldset>
  );
}
