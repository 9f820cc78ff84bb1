import { useState } from "react";
import {
  breathPhaseAt,
  breathPhaseWords,
  type BreathPattern,
  type BreathPhase,
} from "./breathing-phase";
import { useReducedMotion } from "./use-reduced-motion";

type BreathingPacerProps = {
  pattern: BreathPattern;
  /** Seconds into the breathing step (the timer's, so a pause stops the pacer too). */
  seconds: number;
  isPlaying: boolean;
};

const smallRadius = 30;
const largeRadius = 70;

/**
 * A circle that grows as you breathe in and shrinks as you breathe out, with the phase in words
 * and a count. With "reduce motion" asked for, the circle is not drawn: the words and the count
 * carry the pace instead. The animation is SVG (SMIL), so no inline styles are needed under the
 * app's Content Security Policy. Hidden from screen readers, which get the step text instead (a
 * count every second would drown it).
 */
export function BreathingPacer({ pattern, seconds, isPlaying }: BreathingPacerProps) {
  const isReduced = useReducedMotion();
  const phase = breathPhaseAt(pattern, seconds);
  return (
    <div className="pacer" aria-hidden="true">
      {!isReduced && (
        <PacerCircle
          // A new circle (with its own animation timeline) for each phase and each resume.
          key={`${phase.breathIndex}-${phase.name}-${isPlaying ? "on" : "off"}`}
          phase={phase}
          isPlaying={isPlaying}
        />
      )}
      <p className="pacer__words">
        <span className="pacer__phase">{breathPhaseWords[phase.name]}</span>{" "}
        <span className="pacer__count">{phase.secondsLeft}</span>
      </p>
    </div>
  );
}

/** Fixed at mount: where the circle starts, where it goes and how long it takes. */
function PacerCircle({ phase, isPlaying }: { phase: BreathPhase; isPlaying: boolean }) {
  const [motion] = useState(() => {
    const [start, end] = radiiFor(phase.name);
    // After a pause the circle continues from where this phase had got to.
    const done = (phase.phaseSeconds - phase.secondsLeft) / phase.phaseSeconds;
    return { from: start + (end - start) * done, to: end, seconds: phase.secondsLeft };
  });
  const isMoving = isPlaying && motion.from !== motion.to;
  return (
    <svg className="pacer__figure" viewBox="0 0 160 160" width="160" height="160">
      <circle className="pacer__guide" cx="80" cy="80" r={largeRadius} />
      <circle className="pacer__breath" cx="80" cy="80" r={motion.from}>
        {isMoving && (
          <animate
            attributeName="r"
            from={motion.from}
            to={motion.to}
            dur={`${motion.seconds}s`}
            fill="freeze"
            calcMode="spline"
            keySplines="0.45 0 0.55 1"
            keyTimes="0;1"
          />
        )}
      </circle>
    </svg>
  );
}

function radiiFor(name: BreathPhase["name"]): [number, number] {
  switch (name) {
    case "inhale":
      return [smallRadius, largeRadius];
    case "hold":
      return [largeRadius, largeRadius];
    case "exhale":
      return [largeRadius, smallRadius];
    case "rest":
      return [smallRadius, smallRadius];
  }
}
