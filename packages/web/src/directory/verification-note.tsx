import { verificationWords, type VerificationFacts } from "./verification-words";

const marks = {
  verified: "✓",
  self: "•",
  stale: "!",
  "not-confirmed": "✗",
  unverified: "?",
} as const;

/** "✓ verified 3 months ago by the PainPlan team": a mark and words, never colour alone. */
export function VerificationNote({ facts, today }: { facts: VerificationFacts; today: string }) {
  const { state, text } = verificationWords(facts, today);
  return (
    <span className={`verification verification--${state}`}>
      <span className="verification__mark" aria-hidden="true">
        {marks[state]}
      </span>
      {text}
    </span>
  );
}
