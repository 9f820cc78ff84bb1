import type { TherapyDetailResponse } from "@painplan/core";
import { Link, useParams } from "react-router";
import { isApiError } from "../api/api-error";
import { Page } from "../ui/page";
import { LoadingPage } from "../ui/status-page";
import { NotADiagnosis } from "../ui/not-a-diagnosis";
import { PersonalVerdict } from "./personal-verdict";
import { EvidenceSection } from "./evidence-section";
import { PracticeDetails } from "./practice-details";
import { useTherapy } from "./therapy-queries";
import { kindNames, minutesText } from "./therapy-words";

export function TherapyDetailPage() {
  const { therapyId = "" } = useParams();
  const detail = useTherapy(therapyId);
  if (detail.isPending) return <LoadingPage />;
  if (detail.isError) {
    const isMissing = isApiError(detail.error) && detail.error.status === 404;
    return (
      <Page
        title="Therapy"
        heading={isMissing ? "We could not find that therapy" : "Not available"}
      >
        <div className="panel">
          <p>
            {isMissing
              ? "The address may be mistyped, or it may have moved."
              : "The library could not be loaded. Please check your connection and reload the page."}
          </p>
          <p>
            <Link className="button button--secondary" to="/therapies">
              Back to the library
            </Link>
          </p>
        </div>
      </Page>
    );
  }
  return <TherapyDetail detail={detail.data} />;
}

function TherapyDetail({ detail: { therapy, sources } }: { detail: TherapyDetailResponse }) {
  const minutes = minutesText(therapy.typicalMinutes);
  return (
    <Page title={therapy.name} intro={`${kindNames[therapy.kind]}. ${therapy.summary}`}>
      <p>
        <Link className="inline-link" to="/therapies">
          Back to the library
        </Link>
      </p>
      <NotADiagnosis />
      <PersonalVerdict therapyId={therapy.id} />
      <section className="panel" aria-labelledby="what-heading">
        <h2 id="what-heading">What it is</h2>
        <p>{therapy.whatItIs}</p>
      </section>
      <PracticeDetails therapy={therapy} />
      <section className="panel" aria-labelledby="session-heading">
        <h2 id="session-heading">What a session is like</h2>
        <p>{therapy.whatToExpect}</p>
        <dl className="facts">
          {minutes !== undefined && (
            <>
              <dt>How long</dt>
              <dd>{minutes} each time</dd>
            </>
          )}
          <dt>How often</dt>
          <dd>{therapy.typicalFrequency.label}</dd>
          <dt>Who gives it</dt>
          <dd>{therapy.deliveredBy.who}</dd>
        </dl>
        <p className="therapy-detail__who">{therapy.deliveredBy.detail}</p>
      </section>
      <EvidenceSection evidence={therapy.evidence} sources={sources} />
      {therapy.precautions.length > 0 && (
        <section className="panel" aria-labelledby="precautions-heading">
          <h2 id="precautions-heading">Take care</h2>
          <ul className="cue-list">
            {therapy.precautions.map((precaution) => (
              <li key={precaution}>{precaution}</li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
