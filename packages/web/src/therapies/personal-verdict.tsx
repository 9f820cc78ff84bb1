import { noConcernExplanation, type TherapyId } from "@painplan/core";
import { Link } from "react-router";
import { useSafetyAssessment } from "../safety/safety-queries";
import { VerdictBadge } from "../safety/verdict-badge";
import { VerdictDetails } from "../safety/verdict-reasons";
import { verdictWords } from "../safety/verdict-words";

/** "For you": this person's verdict from their safety answers, or how to get one. */
export function PersonalVerdict({ therapyId }: { therapyId: TherapyId }) {
  const assessment = useSafetyAssessment();
  if (assessment.data === undefined) return null;
  const { intakeVersion, redFlags, therapies } = assessment.data;
  const verdict = therapies.find((candidate) => candidate.therapyId === therapyId);
  return (
    <section className="panel panel--calm" aria-labelledby="for-you-heading">
      <h2 id="for-you-heading">For you</h2>
      {intakeVersion === null ? (
        <p>
          Answer a few safety questions to see whether this suits you.{" "}
          <Link className="inline-link" to="/safety/intake">
            Answer the safety questions
          </Link>
        </p>
      ) : redFlags.urgency !== "none" ? (
        <p>
          Your answers include a sign that needs a doctor first. Please see your{" "}
          <Link className="inline-link" to="/safety/results">
            safety results
          </Link>{" "}
          before any therapy.
        </p>
      ) : verdict === undefined ? (
        <p>Your safety answers say nothing about this one.</p>
      ) : (
        <>
          <p>
            <VerdictBadge level={verdict.level} />
          </p>
          {verdict.level === "ok" ? (
            noConcernExplanation(therapyId).map((line) => <p key={line}>{line}</p>)
          ) : (
            <p>{verdictWords[verdict.level].meaning}</p>
          )}
          <VerdictDetails verdict={verdict} />
          <p>
            <Link className="inline-link" to={`/safety/check?therapy=${therapyId}`}>
              Check before a session
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
