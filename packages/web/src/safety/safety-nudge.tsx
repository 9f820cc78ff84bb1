import { Link } from "react-router";
import { OwnerCrisisPanel } from "../accounts/owner-crisis-panel";
import { useSafetyAssessment } from "./safety-queries";

/**
 * On the dashboard: one calm line about the safety questions until they are done, and the
 * warning signs (if any) above everything else. Nothing once all is well.
 */
export function SafetyNudge() {
  const assessment = useSafetyAssessment();
  if (assessment.data === undefined) return null;
  const { intakeVersion, intakeStatus, redFlags } = assessment.data;
  if (redFlags.urgency !== "none") {
    return (
      <section className="seek-care" aria-labelledby="safety-nudge-heading">
        <h2 id="safety-nudge-heading">A warning sign needs a doctor</h2>
        <p>{redFlags.message ?? "Please see a doctor before any therapy."}</p>
        {redFlags.flags.some(
          (flag) => flag.id === "self-harm-thoughts" && flag.answer !== "no",
        ) && <OwnerCrisisPanel isEmphasised />}
        <p>
          <Link className="inline-link" to="/safety/results">
            What to do now
          </Link>
        </p>
      </section>
    );
  }
  if (intakeVersion !== null && intakeStatus === "complete") return null;
  return (
    <section className="panel panel--calm" aria-labelledby="safety-nudge-heading">
      <h2 id="safety-nudge-heading">Before you try a therapy</h2>
      <p>A few safety questions show which therapies suit you, and what to tell your therapist.</p>
      <p>
        <Link className="button button--secondary" to="/safety/intake">
          {intakeVersion === null ? "Answer the safety questions" : "Carry on with the questions"}
        </Link>
      </p>
    </section>
  );
}
