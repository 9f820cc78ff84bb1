import { Link } from "react-router";
import { Page } from "../ui/page";
import { LoadingPage } from "../ui/status-page";
import { NotADiagnosis } from "../ui/not-a-diagnosis";
import { RaisedRedFlags } from "./raised-red-flags";
import { useSafetyAssessment } from "./safety-queries";

/** The safety area's front page: where the person is, and the one next step. */
export function SafetyHomePage() {
  const assessment = useSafetyAssessment();
  const status =
    assessment.data === undefined
      ? undefined
      : assessment.data.intakeVersion === null
        ? "new"
        : assessment.data.intakeStatus;
  return (
    <Page
      title="Safety"
      intro="A few questions about your health help you and your therapists choose what is safe for you."
    >
      <NotADiagnosis />
      {assessment.data !== undefined && <RaisedRedFlags alert={assessment.data.redFlags} />}
      {status === undefined ? (
        assessment.isError ? (
          <p className="panel" role="alert">
            Your safety answers could not be loaded. Please check your connection and reload.
          </p>
        ) : (
          <LoadingPage />
        )
      ) : (
        <section className="panel panel--calm" aria-labelledby="next-step-heading">
          <h2 id="next-step-heading">
            {status === "new"
              ? "Start with the safety questions"
              : status === "in-progress"
                ? "Carry on where you left off"
                : "Your answers are saved"}
          </h2>
          <p>
            {status === "complete"
              ? "If something changes, such as a new medicine or an operation, update your answers."
              : "About five minutes, in short steps. You can stop at any point and come back."}
          </p>
          <p>
            <Link className="button button--primary" to="/safety/intake">
              {status === "complete" ? "Update my answers" : "Answer the safety questions"}
            </Link>
          </p>
        </section>
      )}
      <ul className="link-list">
        <li>
          <Link to="/safety/results">Your results for each therapy</Link>
        </li>
        <li>
          <Link to="/safety/sheet">Your safety sheet for a therapist (print or PDF)</Link>
        </li>
        <li>
          <Link to="/safety/check">Check before a session (20 seconds)</Link>
        </li>
        <li>
          <Link to="/therapies">The therapy library</Link>
        </li>
      </ul>
    </Page>
  );
}
