import {
  findTherapy,
  notAskedTopics,
  safetyOverview,
  type SafetyAssessment,
  type SafetyOverview,
  type TherapyId,
} from "@painplan/core";
import { Link } from "react-router";
import { Page } from "../ui/page";
import { LoadingPage } from "../ui/status-page";
import { NotADiagnosis } from "../ui/not-a-diagnosis";
import { OpenQuestions } from "./open-questions";
import { RaisedRedFlags } from "./raised-red-flags";
import { useSafetyAssessment } from "./safety-queries";
import { VerdictBadge } from "./verdict-badge";
import { TherapyGroupCard } from "./therapy-group-card";
import { verdictWords } from "./verdict-words";

export function ResultsPage() {
  const assessment = useSafetyAssessment();
  return (
    <Page title="Your safety results">
      <NotADiagnosis />
      {assessment.isError ? (
        <p className="panel" role="alert">
          Your results could not be loaded. Please check your connection and reload the page.
        </p>
      ) : assessment.data === undefined ? (
        <LoadingPage />
      ) : (
        <Results assessment={assessment.data} />
      )}
    </Page>
  );
}

function Results({ assessment }: { assessment: SafetyAssessment }) {
  if (assessment.intakeVersion === null) {
    return (
      <div className="panel">
        <p>You have not answered the safety questions yet.</p>
        <p>
          <Link className="button button--primary" to="/safety/intake">
            Answer the safety questions
          </Link>
        </p>
      </div>
    );
  }
  const hasRedFlags = assessment.redFlags.urgency !== "none";
  return (
    <>
      <RaisedRedFlags alert={assessment.redFlags} />
      <OpenQuestions questionIds={assessment.openQuestions} status={assessment.intakeStatus} />
      {hasRedFlags ? (
        <>
          <ResultsActions />
          <section className="panel" aria-labelledby="therapies-held-heading">
            <h2 id="therapies-held-heading">Therapies</h2>
            <p>
              While a warning sign is there, PainPlan does not suggest any therapy. Once a doctor
              has seen you, update your answers and your results will show here.
            </p>
          </section>
        </>
      ) : (
        <VerdictsByGroup assessment={assessment} />
      )}
    </>
  );
}

function ResultsActions() {
  return (
    <ul className="link-list">
      <li>
        <Link className="inline-link" to="/safety/sheet">
          Your safety sheet for a therapist
        </Link>
      </li>
      <li>
        <Link className="inline-link" to="/safety/intake?step=1">
          Change your answers
        </Link>
      </li>
      <li>
        <Link className="inline-link" to="/therapies?suits=me">
          Therapies that suit you, in the library
        </Link>
      </li>
    </ul>
  );
}

/** The summary at the top: one line per level, therapies named by group ("All yoga poses"). */
function InShort({ overview }: { overview: SafetyOverview }) {
  return (
    <section className="panel results-summary" aria-labelledby="in-short-heading">
      <h2 id="in-short-heading">In short</h2>
      <ul className="verdict-summary">
        {overview.summary.map((line) => (
          <li key={line.level}>
            <VerdictBadge level={line.level} />:{" "}
            {line.level === "ok"
              ? `${therapyCount(line.count)} (at the end).`
              : `${line.therapies}.`}
          </li>
        ))}
      </ul>
    </section>
  );
}

function VerdictsByGroup({ assessment }: { assessment: SafetyAssessment }) {
  const overview = safetyOverview(assessment);
  return (
    <>
      <InShort overview={overview} />
      <ResultsActions />
      {overview.groups.length > 0 && (
        <section aria-labelledby="what-to-do-heading">
          <h2 id="what-to-do-heading">What to do</h2>
          <ul className="verdict-list">
            {overview.groups.map((group) => (
              <TherapyGroupCard key={group.therapyIds.join(",")} group={group} />
            ))}
          </ul>
        </section>
      )}
      <QuietTherapies therapyIds={overview.quiet} />
    </>
  );
}

/** Therapies with nothing to say, folded into one line. */
function QuietTherapies({ therapyIds }: { therapyIds: readonly TherapyId[] }) {
  if (therapyIds.length === 0) return null;
  return (
    <details className="panel quiet-therapies">
      <summary className="open-reasons__summary">
        <VerdictBadge level="ok" />: {therapyCount(therapyIds.length)}
      </summary>
      <p className="field__hint">{verdictWords.ok.meaning}</p>
      <ul className="verdict-list">
        {therapyIds.map((therapyId) => (
          <li key={therapyId} className="verdict-item verdict-item--ok">
            <h3 className="verdict-item__name">
              <Link className="inline-link" to={`/therapies/${therapyId}`}>
                {findTherapy(therapyId)?.name ?? therapyId}
              </Link>
            </h3>
            {notAskedTopics(therapyId).length > 0 && (
              <p className="field__hint">Not asked: {notAskedTopics(therapyId).join(", ")}.</p>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

function therapyCount(count: number): string {
  return count === 1 ? "1 therapy" : `${count} therapies`;
}
