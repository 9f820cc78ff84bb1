import type { PreSessionCheckResult, PreSessionOutcome } from "@painplan/core";
import { useEffect, useRef } from "react";
import { RaisedRedFlags } from "./raised-red-flags";
import { VerdictDetails } from "./verdict-reasons";

const outcomeWords: Readonly<Record<PreSessionOutcome, { icon: string; word: string }>> = {
  go: { icon: "✓", word: "Go ahead" },
  "go-with-care": { icon: "!", word: "Go ahead with care" },
  stop: { icon: "✕", word: "Not today" },
};

/** The answer to the check; focus moves to it so a screen reader reads it at once. */
export function CheckResult({ result }: { result: PreSessionCheckResult }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [result.id]);
  const { icon, word } = outcomeWords[result.outcome];
  return (
    <section className={`outcome outcome--${result.outcome}`} aria-labelledby="outcome-heading">
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
      {result.outcome !== "stop" && <VerdictDetails verdict={result.verdict} />}
      {result.outcome === "stop" && (
        <p>
          Please put this session off and talk to your doctor or care team. Let your therapist know;
          they will understand.
        </p>
      )}
    </section>
  );
}
