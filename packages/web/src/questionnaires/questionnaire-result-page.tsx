import { crisisItemRaised, formatCalendarDate, type QuestionnaireResponse } from "@painplan/core";
import { Link, useParams } from "react-router";
import { useSignedInUser } from "../accounts/signed-in-user";
import { Page } from "../ui/page";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { OwnerCrisisPanel } from "../accounts/owner-crisis-panel";
import { nextCheckIn } from "./next-check-in";
import {
  useInstrumentDefinition,
  useQuestionnaireOverview,
  useQuestionnaireResponse,
} from "./questionnaire-queries";

/** A score with what it may mean, in plain words; never a diagnosis. */
export function QuestionnaireResultPage() {
  const user = useSignedInUser();
  const responseId = useParams()["responseId"] ?? "";
  const response = useQuestionnaireResponse(user.id, responseId);
  return (
    <Page title="Your result">
      {response.isPending && <LoadingPanel what="your result" />}
      {response.isError && (
        <RetryPanel what="your result" onRetry={() => void response.refetch()} />
      )}
      {response.data !== undefined && <ResultContent userId={user.id} response={response.data} />}
      <p className="page__aside">
        <Link to="/questionnaires">Back to questionnaires</Link>
      </p>
    </Page>
  );
}

function ResultContent({ userId, response }: { userId: string; response: QuestionnaireResponse }) {
  const definition = useInstrumentDefinition(userId, response.instrumentId);
  const { result } = response;
  const { interpretation } = result;
  const showsCrisis = definition.data?.showsCrisisSupport === true;
  const isCrisisRaised =
    interpretation.isPositiveScreen === true ||
    (definition.data !== undefined && crisisItemRaised(definition.data, response.answers));
  return (
    <>
      {showsCrisis && isCrisisRaised && <OwnerCrisisPanel isEmphasised />}
      {response.instrumentId === "phq-2" && interpretation.isPositiveScreen === true && (
        <OfferPhq9 />
      )}
      <section className="panel result" aria-labelledby="result-heading">
        <h2 id="result-heading">{definition.data?.title ?? "Your score"}</h2>
        <p className="result__score">
          <span className="result__number">{result.displayScore}</span> on a scale from{" "}
          {result.minimum} to {result.maximum}
        </p>
        {response.anchorDate !== null && (
          <p>Compared with your start date, {formatCalendarDate(response.anchorDate)}.</p>
        )}
        <h3>{interpretation.label}</h3>
        <p>{interpretation.message}</p>
        {interpretation.suggestsTalkingToProvider && (
          <p className="result__provider">
            This is not a diagnosis. Talking it through with your provider is a good next step.
          </p>
        )}
        {definition.data !== undefined && (
          <>
            <h3>How this score is made</h3>
            <p>{definition.data.scoring.method}</p>
            <p className="result__source">
              Source:{" "}
              {definition.data.source.url === null ? (
                definition.data.source.citation
              ) : (
                <a href={definition.data.source.url} rel="noreferrer" target="_blank">
                  {definition.data.source.citation}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              )}
            </p>
          </>
        )}
      </section>
      <NextCheckInPanel userId={userId} justAnsweredId={response.instrumentId} />
      {showsCrisis && !isCrisisRaised && <OwnerCrisisPanel />}
    </>
  );
}

/**
 * After a positive PHQ-2, the PHQ-9 (clinical reference §1.11: a positive PHQ-2 justifies moving
 * on to it). An offer, never a must.
 */
function OfferPhq9() {
  return (
    <section className="panel" aria-labelledby="offer-phq-9-heading">
      <h2 id="offer-phq-9-heading">Seven more questions, if you feel up to it</h2>
      <p>
        The PHQ-9 asks the same two questions and seven more. It gives you and your provider a
        fuller picture of how you have been. It takes about two minutes, and you can stop at any
        time.
      </p>
      <p>
        <Link className="button" to="/questionnaires/phq-9">
          Answer the PHQ-9
        </Link>
      </p>
    </section>
  );
}

/** After a result, where to go next: a check-in due now, or when the next one is suggested. */
function NextCheckInPanel({ userId, justAnsweredId }: { userId: string; justAnsweredId: string }) {
  const overview = useQuestionnaireOverview(userId);
  if (overview.data === undefined) return null;
  const next = nextCheckIn(overview.data, justAnsweredId);
  return (
    <section className="panel" aria-labelledby="next-check-in-heading">
      <h2 id="next-check-in-heading">Your next check-in</h2>
      {next === undefined && <p>No other check-in is due. You can close PainPlan now.</p>}
      {next?.kind === "due-now" && (
        <>
          <p>{next.summary.title} is due today. It is optional, and skipping is fine.</p>
          <p>
            <Link className="button button--primary" to={`/questionnaires/${next.summary.id}`}>
              Start {next.summary.shortTitle}
            </Link>
          </p>
        </>
      )}
      {next?.kind === "later" && (
        <p>
          {next.summary.id === justAnsweredId ? "This one again" : next.summary.title} on{" "}
          {formatCalendarDate(next.dueOn, { withWeekday: true })}. Nothing else is due today.
        </p>
      )}
    </section>
  );
}
