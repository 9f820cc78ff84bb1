import type { VerdictLevel } from "@painplan/core";
import { verdictWords } from "./verdict-words";

/** An icon and a word in the verdict's colour: readable without colour. */
export function VerdictBadge({ level }: { level: VerdictLevel }) {
  const { word, icon } = verdictWords[level];
  return (
    <span className={`verdict verdict--${level}`}>
      <span className="verdict__icon" aria-hidden="true">
        {icon}
      </span>
      {word}
    </span>
  );
}
