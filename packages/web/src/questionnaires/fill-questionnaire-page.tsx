import {
  formatCalendarDate,
  instrumentIdSchema,
  type InstrumentDefinition,
  type InstrumentId,
} from "@painplan/core";
import { Link, useParams } from "react-router";
import { useSignedInUser } from "../accounts/signed-in-user";
import { isApiError } from "../api/api-error";
import { Page } from "../ui/page";
import { NotFoundPage } from "../ui/not-found-page";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { AnchorDateForm } from "./anchor-date-form";
import { OwnerCrisisPanel } from "../accounts/owner-crisis-panel";
import { NotInstalledPanel } from "./not-installed-panel";
import { QuestionnaireForm } from "./questionnaire-form";
import { useInstrumentDefinition, useQuestionnaireSettings } from "./questionnaire-queries";

export function FillQuestionnairePage() {
  const parsed = instrumentIdSchema.safeParse(useParams()["instrumentId"]);
  if (!parsed.success) return <NotFoundPage />;
  return <FillQuestionnaire instrumentId={parsed.data} />;
}

function FillQuestionnaire({ instrumentId }: { instrumentId: InstrumentId }) {
  const user = useSignedInUser();
  const definition = useInstrumentDefinition(user.id, instrumentId);
  const isNotInstalled =
    isApiError(definition.error) && definition.error.code === "instrument_not_installed";
  const title = definition.data?.title ?? "Questionnaire";
  return (
    <Page title={title}>
      {definition.isPending && <LoadingPanel what="the questions" />}
      {isNotInstalled && <NotInstalledPanel title="This questionnaire" />}
      {definition.isError && !isNotInstalled && (
        <RetryPanel what="the questions" onRetry={() => void definition.refetch()} />
      )}
      {definition.data !== undefined && (
        <QuestionnaireContent userId={user.id} definition={definition.data} />
      )}
      <p className="page__aside">
        <Link to="/questionnaires">Back to questionnaires</Link>
      </p>
    </Page>
  );
}

function QuestionnaireContent({
  userId,
  definition,
}: {
  userId: string;
  definition: InstrumentDefinition;
}) {
  const settings = useQuestionnaireSettings(userId);
  const anchorDate = settings.data?.pgicAnchorDate ?? null;
  const needsAnchor = definition.usesAnchorDate && anchorDate === null;
  return (
    <>
      {definition.showsCrisisSupport && <OwnerCrisisPanel />}
      <div className="panel">
        <p>{definition.purpose}</p>
        <p>{definition.instructions}</p>
        {definition.recallPeriod !== null && (
          <p>
            <strong>The questions are about {definition.recallPeriod}.</strong>
          </p>
        )}
        {definition.usesAnchorDate && anchorDate !== null && (
          <p>
            <strong>Compared with your start date, {formatCalendarDate(anchorDate)}.</strong>
          </p>
        )}
      </div>
      {definition.usesAnchorDate && settings.isSuccess && (
        <section className="panel" aria-label="Start date">
          <AnchorDateForm userId={userId} current={anchorDate} />
        </section>
      )}
      {settings.isPending && definition.usesAnchorDate && <LoadingPanel what="your start date" />}
      {!needsAnchor && (definition.usesAnchorDate ? settings.isSuccess : true) && (
        <QuestionnaireForm userId={userId} definition={definition} />
      )}
      {definition.copyright !== null && <p className="page__aside">{definition.copyright}</p>}
    </>
  );
}
