import type { BodyView } from "@painplan/core";
import { useId } from "react";
import { markOf, type BodyMapValue } from "./body-map-selection";
import { figureHeight, figureWidth, shapesOfView, sideLabels } from "./body-map-shapes";

type BodyFigureProps = {
  view: BodyView;
  value: BodyMapValue;
  onToggle: (regionId: string) => void;
};

/** Light, mid or strong shading; the number written on the shape says the same in words. */
function intensityBand(intensity: number | null): string {
  if (intensity === null) return "unrated";
  if (intensity <= 3) return "low";
  return intensity <= 6 ? "mid" : "high";
}

/**
 * The drawn figure, for pointer and touch. It is hidden from screen readers and skipped by the
 * keyboard on purpose: the region list beside it does the same job with real checkboxes, and
 * fifty extra tab stops would wear out anyone using a keyboard.
 */
export function BodyFigure({ view, value, onToggle }: BodyFigureProps) {
  const hatchId = `${useId()}-hatch`;
  const sides = sideLabels(view);
  return (
    <div className="body-figure">
      <svg
        className="body-figure__svg"
        viewBox={`0 0 ${figureWidth} ${figureHeight}`}
        aria-hidden="true"
        focusable="false"
      >
        <defs>
          {/* Chosen regions are hatched as well as shaded: colour is never the only signal. */}
          <pattern id={hatchId} width="8" height="8" patternUnits="userSpaceOnUse">
            <path className="body-figure__hatch" d="M-2 2 L2 -2 M0 8 L8 0 M6 10 L10 6" />
          </pattern>
        </defs>
        {shapesOfView(view).map((shape) => {
          const mark = markOf(value, shape.regionId);
          const centreX = shape.x + shape.width / 2;
          const centreY = shape.y + shape.height / 2;
          return (
            <g
              key={shape.regionId}
              className={
                mark === undefined
                  ? "body-figure__region"
                  : `body-figure__region body-figure__region--chosen body-figure__region--${intensityBand(mark.intensity)}`
              }
              data-region={shape.regionId}
              onClick={() => {
                onToggle(shape.regionId);
              }}
            >
              <rect
                className="body-figure__shape"
                x={shape.x}
                y={shape.y}
                width={shape.width}
                height={shape.height}
                rx={shape.radius}
              />
              {mark !== undefined && (
                <>
                  <rect
                    className="body-figure__pattern"
                    x={shape.x}
                    y={shape.y}
                    width={shape.width}
                    height={shape.height}
                    rx={shape.radius}
                    fill={`url(#${hatchId})`}
                  />
                  <text className="body-figure__label" x={centreX} y={centreY}>
                    {mark.intensity ?? "✓"}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <p className="body-figure__sides" aria-hidden="true">
        <span>{sides.viewerLeft}</span>
        <span>{sides.viewerRight}</span>
      </p>
    </div>
  );
}
