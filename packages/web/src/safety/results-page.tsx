import {
  notAskedTopics,
  severityOf,
  therapyKinds,
  type SafetyAssessment,
  type VerdictLevel,
} from "@painplan/core";
import { Link } from "react-router";
import { Page } from "../ui/page";
import { LoadingPage } from "../ui/status-page";
import { useTherapyList } from "../therapies/therapy-queries";
import { kindNames } from "../therapies/therapy-words";
import { NotADiagnosis } from "../ui/not-a-diagnosis";
import { OpenQuestions } from "./open-questions";
import { RaisedRedFlags } from "./raised-red-flags";
import { useSafetyAssessment } from "./safety-queries";
import { VerdictBadge } from "./verdict-badge";
import { VerdictCompact } from "./verdict-compact";
import { verdictReadingOrder, verdictWords } from "./verdict-words";

export function ResultsPage() {
  const assessment = useSafetyAssessment();
  return (
    <Page
      title="Your safety results"
      intro="What your answers mean for each therapy in the library, and why."
    >
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
      <ResultsActions />
      <OpenQuestions questionIds={assessment.openQuestions} status={assessment.intakeStatus} />
      {hasRedFlags ? (
        <section className="panel" aria-labelledby="therapies-held-heading">
          <h2 id="therapies-held-heading">Therapies</h2>
          <p>
            While a warning sign is there, PainPlan does not suggest any therapy. Once a doctor has
            seen you, update your answers and your results will show here.
          </p>
        </section>
      ) : (
        <VerdictsByKind assessment={assessment} />
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

function VerdictsByKind({ assessment }: { assessment: SafetyAssessment }) {
  const library = useTherapyList({ kind: undefined, q: "" });
  const names = new Map(library.data?.therapies.map((therapy) => [therapy.id, therapy.name]));
  return (
    <>
      <h2>At a glance</h2>
      <ul className="verdict-summary">
        {verdictReadingOrder.map((level) => (
          <li key={level}>
            <VerdictBadge level={level} />:{" "}
            {countOf(assessment, level) === 1
              ? "1 therapy"
              : `${countOf(assessment, level)} therapies`}
          </li>
        ))}
      </ul>
      {therapyKinds.map((kind) => {
        const verdicts = assessment.therapies
          .filter((verdict) => verdict.kind === kind)
          .toSorted((a, b) => severityOf(b.level) - severityOf(a.level));
        if (verdicts.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{kindNames[kind]}</h2>
            <ul className="verdict-list">
              {verdicts.map((verdict) => (
                <li
                  key={verdict.therapyId}
                  className={`verdict-item verdict-item--${verdict.level}`}
                >
                  <h3 className="verdict-item__name">
                    <Link className="inline-link" to={`/therapies/${verdict.therapyId}`}>
                      {names.get(verdict.therapyId) ?? verdict.therapyId}
                    </Link>
                  </h3>
                  <p>
                    <VerdictBadge level={verdict.level} />{" "}
                    <span className="field__hint">{verdictWords[verdict.level].meaning}</span>
                  </p>
                  {verdict.level === "ok" && notAskedTopics(verdict.therapyId).length > 0 && (
                    <p className="field__hint">
                      Not asked: {notAskedTopics(verdict.therapyId).join(", ")}.
                    </p>
                  )}
                  <VerdictCompact verdict={verdict} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function countOf(assessment: SafetyAssessment, level: VerdictLevel): number {
  return assessment.therapies.filter((verdict) => verdict.level === level).length;
}
