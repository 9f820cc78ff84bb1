import type { BodyView } from "@painplan/core";
import { useId } from "react";
import { markOf, type BodyMapValue } from "./body-map-selection";
import { figureHeight, figureWidth, shapesOfView, sideLabels } from "./body-map-shapes";

type BodyFigureProps = {
  view: BodyView;
  value: BodyMapValue;
  onToggle: (regionId: string) => void;
};

/**
 * Light, mid or strong shading by intensity (0–3, 4–6, 7–10); the number written on the shape
 * always says the same in digits, so colour is never the only signal.
 */
export function intensityBand(intensity: number | null): "unrated" | "low" | "mid" | "high" {
  if (intensity === null) return "unrated";
  if (intensity <= 3) return "low";
  return intensity <= 6 ? "mid" : "high";
}

/**
 * The drawn figure (front or back), for pointer and touch: each region is drawn in the shape of
 * its body part, with a larger invisible tap target around it. Hidden from screen readers and
 * skipped by the keyboard on purpose: the shortcuts and the region list do the same job with real
 * buttons and checkboxes, and fifty extra tab stops would wear out anyone using a keyboard.
 * A chosen region is shaded by intensity and hatched; its number sits in a solid badge drawn
 * above the hatching, so the hatching never covers it.
 */
export function BodyFigure({ view, value, onToggle }: BodyFigureProps) {
  const hatchId = `${useId()}-hatch`;
  const sides = sideLabels(view);
  const shapes = shapesOfView(view);
  return (
    <div className="body-figure">
      <svg
        className="body-figure__svg"
        viewBox={`0 0 ${figureWidth} ${figureHeight}`}
        aria-hidden="true"
        focusable="false"
      >
        <defs>
          <pattern id={hatchId} width="8" height="8" patternUnits="userSpaceOnUse">
            <path className="body-figure__hatch" d="M-2 2 L2 -2 M0 8 L8 0 M6 10 L10 6" />
          </pattern>
        </defs>
        {/* The outline: every part drawn with a thick stroke first, so the parts read as one body. */}
        <g className="body-figure__outline">
          {shapes.map((shape) => (
            <path key={shape.regionId} d={shape.d} />
          ))}
        </g>
        {shapes.map((shape) => {
          const mark = markOf(value, shape.regionId);
          const band = mark === undefined ? "" : intensityBand(mark.intensity);
          return (
            <g
              key={shape.regionId}
              className={
                mark === undefined
                  ? "body-figure__region"
                  : `body-figure__region body-figure__region--chosen body-figure__region--${band}`
              }
              data-region={shape.regionId}
              onClick={() => {
                onToggle(shape.regionId);
              }}
            >
              <rect
                className="body-figure__target"
                x={shape.x}
                y={shape.y}
                width={shape.width}
                height={shape.height}
                rx={shape.radius}
              />
              <path className="body-figure__shape" d={shape.d} />
              {mark !== undefined && (
                <path className="body-figure__pattern" d={shape.d} fill={`url(#${hatchId})`} />
              )}
            </g>
          );
        })}
        {/* Numbers last: above every shape and every hatching. */}
        {shapes.map((shape) => {
          const mark = markOf(value, shape.regionId);
          if (mark === undefined) return null;
          const centreX = shape.badgeX;
          const centreY = shape.badgeY;
          return (
            <g key={shape.regionId} className="body-figure__badge" data-badge={shape.regionId}>
              <circle cx={centreX} cy={centreY} r="8.5" />
              <text className="body-figure__label" x={centreX} y={centreY}>
                {mark.intensity ?? "?"}
              </text>
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
