import { minorUnitDigits, type SessionDefaults } from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { usePersonDates } from "../accounts/use-person-dates";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom, noProblem, type FormProblem } from "../forms/form-problem";
import { SubmitButton } from "../forms/submit-button";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import {
  draftProblem,
  newSessionDraft,
  sessionDraftChange,
  sessionRequestOf,
} from "./session-draft";
import { SessionFormFields, sessionFieldTargets as fieldTargets } from "./session-form-fields";
import { useLogSession, useSessionDefaults } from "./sessions-queries";
import { useSessionDraft } from "./use-session-draft";

/**
 * Log a session: for a planned one (`?itemId=&originalStart=`) everything but the pain scores is
 * filled in from the plan item, so a few taps save it; any other session starts from now.
 */
export function LogSessionPage() {
  const [search] = useSearchParams();
  const itemId = search.get("itemId");
  const originalStart = search.get("originalStart");
  const planned = itemId !== null && originalStart !== null ? { itemId, originalStart } : undefined;
  const defaults = useSessionDefaults(planned);
  return (
    <Page
      title="Log a session"
      intro="How it went, in under a minute. Only the time and length are needed; the rest helps you see what works."
    >
      {planned !== undefined && defaults.isPending ? (
        <LoadingPanel what="your planned session" />
      ) : planned !== undefined && defaults.isError ? (
        <RetryPanel what="your planned session" onRetry={() => void defaults.refetch()} />
      ) : defaults.data?.loggedSessionId != null ? (
        <p>
          This session is already in your log. <Link to="/sessions">See your sessions</Link>.
        </p>
      ) : (
        <LogSessionForm
          defaults={defaults.data}
          draftKey={`session-log:${itemId ?? "new"}:${originalStart ?? ""}`}
        />
      )}
    </Page>
  );
}

function LogSessionForm({
  defaults,
  draftKey,
}: {
  defaults: SessionDefaults | undefined;
  draftKey: string;
}) {
  const dates = usePersonDates();
  const navigate = useNavigate();
  const log = useLogSession();
  const [problem, setProblem] = useState<FormProblem>(noProblem);
  const draft = useSessionDraft(draftKey, () =>
    newSessionDraft({
      defaults,
      timeZone: dates.timeZone,
      now: new Date(),
      newKey: () => crypto.randomUUID(),
      currency: defaults?.usualPrice?.currency ?? "USD",
    }),
  );
  const value = draft.value;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (log.isPending) return;
    const result = sessionRequestOf(value, dates.timeZone, minorUnitDigits);
    if ("problems" in result) {
      setProblem(draftProblem(result.problems));
      return;
    }
    setProblem(noProblem);
    // The key kept with the draft (compared without the draft's own first key): the same session
    // sent again after a lost answer or a reload is not logged twice; changed fields get a new one.
    const idempotencyKey = draft.idempotencyKeyFor({ ...result.request, idempotencyKey: "" });
    log.mutate(
      { ...result.request, idempotencyKey },
      {
        onSuccess: (session) => {
          draft.discard(value);
          void navigate("/sessions", { state: { loggedSessionId: session.id } });
        },
        onError: (error) => {
          setProblem(formProblemFrom(error, Object.keys(fieldTargets)));
        },
      },
    );
  };

  return (
    <form className="form" noValidate onSubmit={submit} aria-label="Log a session">
      <ErrorSummary problem={problem} fieldTargets={fieldTargets} />
      <SessionFormFields
        value={value}
        onChange={(change) => {
          draft.set(sessionDraftChange(value, change, dates.timeZone, new Date()));
        }}
        problem={problem}
        timeZone={dates.timeZone}
      />
      <div className="form__actions">
        <SubmitButton isBusy={log.isPending} busyLabel="Saving…">
          Save session
        </SubmitButton>
      </div>
    </form>
  );
}
