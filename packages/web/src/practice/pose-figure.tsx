import { useId } from "react";
import { poseDrawings } from "./pose-drawings";

type PoseFigureProps = {
  /** The pose's id in the catalog (`yoga-cat-cow`). */
  poseId: string;
  /** The usual pose, or its chair or wall version. */
  version: "full" | "supported";
  /** Drawn width in CSS px (the height follows). */
  width?: number;
};

/**
 * A pose's line drawing as an inline SVG with its text alternative (`role="img"` named by its
 * `<title>`). Nothing is drawn for a pose without a drawing: the cues in words still say it all.
 */
export function PoseFigure({ poseId, version, width = 200 }: PoseFigureProps) {
  const titleId = useId();
  const drawing = poseDrawings[poseId]?.[version];
  if (drawing === undefined) return null;
  return (
    <svg
      className="pose-figure"
      role="img"
      aria-labelledby={titleId}
      viewBox="0 0 200 160"
      width={width}
      height={(width * 160) / 200}
    >
      <title id={titleId}>{drawing.description}</title>
      <path className="pose-figure__floor" d="M6 150 H194" />
      {drawing.props.map((prop) => (
        <path key={prop} className="pose-figure__prop" d={prop} />
      ))}
      {drawing.body.map((line) => (
        <path key={line} className="pose-figure__body" d={line} />
      ))}
      <circle className="pose-figure__head" cx={drawing.head.x} cy={drawing.head.y} r="10" />
    </svg>
  );
}
