import type { TherapySession } from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { useNavigate, useParams } from "react-router";
import { usePersonDates } from "../accounts/use-person-dates";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom, noProblem, type FormProblem } from "../forms/form-problem";
import { SubmitButton } from "../forms/submit-button";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import { DeleteSessionButton } from "./delete-session-button";
import { sessionHistoryState } from "./session-history-state";
import { draftProblem, sessionChangesOf, sessionDraftOf } from "./session-draft";
import { SessionFormFields, sessionFieldTargets as fieldTargets } from "./session-form-fields";
import { useSession, useUpdateSession } from "./sessions-queries";
import { useSessionDraft } from "./use-session-draft";

/** Change or delete a logged session: the log form, filled in from what was saved. */
export function EditSessionPage() {
  const sessionId = useParams()["sessionId"] ?? "";
  const session = useSession(sessionId);
  const dates = usePersonDates();
  return (
    <Page
      title="Change a session"
      intro={
        session.data === undefined
          ? undefined
          : `${session.data.title}, ${dates.momentOf(session.data.startedAt)}.`
      }
    >
      {session.isPending ? (
        <LoadingPanel what="the session" />
      ) : session.isError ? (
        <RetryPanel what="the session" onRetry={() => void session.refetch()} />
      ) : (
        // A new key per saved version: a draft of an older version is not laid over a newer one.
        <EditSessionForm key={session.data.updatedAt} session={session.data} />
      )}
    </Page>
  );
}

function EditSessionForm({ session }: { session: TherapySession }) {
  const dates = usePersonDates();
  const navigate = useNavigate();
  const update = useUpdateSession(session.id);
  const [problem, setProblem] = useState<FormProblem>(noProblem);
  const draft = useSessionDraft(`session-edit:${session.id}:${session.updatedAt}`, () =>
    sessionDraftOf(session, dates.timeZone),
  );
  const value = draft.value;
  const backToHistory = (notice: string) => {
    void navigate("/sessions", { state: sessionHistoryState(notice) });
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const result = sessionChangesOf(value, session, dates.timeZone);
    if ("problems" in result) {
      setProblem(draftProblem(result.problems));
      return;
    }
    setProblem(noProblem);
    if ("unchanged" in result) {
      draft.discard(value);
      backToHistory("Nothing was changed.");
      return;
    }
    update.mutate(result.changes, {
      onSuccess: () => {
        draft.discard(value);
        backToHistory("Your changes are saved.");
      },
      // What was typed stays in the form (and in the draft); the server's words go beside it.
      onError: (error) => {
        setProblem(formProblemFrom(error, Object.keys(fieldTargets)));
      },
    });
  };

  return (
    <>
      <form className="form" noValidate onSubmit={submit} aria-label="Change a session">
        <ErrorSummary problem={problem} fieldTargets={fieldTargets} />
        <SessionFormFields
          value={value}
          onChange={draft.set}
          problem={problem}
          timeZone={dates.timeZone}
          hasCustomName={session.customName !== null}
        />
        <div className="form__actions">
          <SubmitButton isBusy={update.isPending} busyLabel="Saving…">
            Save changes
          </SubmitButton>
        </div>
      </form>
      <div className="session-edit__delete">
        <DeleteSessionButton
          session={session}
          moment={dates.momentOf(session.startedAt)}
          onDeleted={() => {
            draft.discard(value);
            backToHistory("The session is deleted.");
          }}
        />
      </div>
    </>
  );
}
