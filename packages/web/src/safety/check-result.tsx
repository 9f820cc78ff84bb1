import { therapyCard, type PreSessionCheckResult, type PreSessionOutcome } from "@painplan/core";
import { useEffect, useRef } from "react";
import { RaisedRedFlags } from "./raised-red-flags";
import { SourceList } from "./verdict-reasons";

const outcomeWords: Readonly<Record<PreSessionOutcome, { icon: string; word: string }>> = {
  go: { icon: "✓", word: "Go ahead" },
  "go-with-care": { icon: "!", word: "Go ahead with care" },
  stop: { icon: "✕", word: "Not today" },
};

/** The answer to the check; focus moves to it so a screen reader reads it at once. */
export function CheckResult({ result }: { result: PreSessionCheckResult }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    // The whole result in view (it fits one phone screen), not only its heading.
    sectionRef.current?.scrollIntoView({ block: "nearest" });
  }, [result.id]);
  const { icon, word } = outcomeWords[result.outcome];
  return (
    <section
      ref={sectionRef}
      className={`outcome outcome--${result.outcome}`}
      aria-labelledby="outcome-heading"
    >
      <h2 id="outcome-heading" ref={headingRef} tabIndex={-1}>
        <span className="verdict__icon" aria-hidden="true">
          {icon}
        </span>{" "}
        {word}
      </h2>
      <RaisedRedFlags alert={result.redFlags} />
      {result.messages.length > 0 && (
        <ul>
          {result.messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {result.outcome !== "stop" && <WhyFolded result={result} />}
      {result.outcome === "stop" && (
        <p>
          Please put this session off and talk to your doctor or care team. Let your therapist know;
          they will understand.
        </p>
      )}
    </section>
  );
}

/** Why, and the sources, folded: the result itself fits one phone screen. */
function WhyFolded({ result }: { result: PreSessionCheckResult }) {
  const card = therapyCard(result.verdict);
  if (card.why.length === 0 && card.sourceIds.length === 0) return null;
  return (
    <details className="open-reasons">
      <summary className="open-reasons__summary">Why, and sources</summary>
      <ul className="reason-list">
        {card.why.map((why) => (
          <li key={why}>{why}</li>
        ))}
      </ul>
      <SourceList sourceIds={card.sourceIds} />
    </details>
  );
}
