import type { PreSessionCheckResult } from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { Page } from "../ui/page";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { SubmitButton } from "../forms/submit-button";
import { useSignedInUser } from "../accounts/signed-in-user";
import { checkProblems, checkRequestFrom } from "./check-form-state";
import { CheckQuestions, checkFieldTargets } from "./check-questions";
import { CheckResult } from "./check-result";
import { NotADiagnosis } from "../ui/not-a-diagnosis";
import { useRunPreSessionCheck } from "./safety-queries";
import { useCheckDraft } from "./use-check-draft";

/** The 20-second check before a session: four questions, then go, go with care, or stop. */
export function CheckPage() {
  const [searchParams] = useSearchParams();
  const { id: userId } = useSignedInUser();
  const { state, setState, discard } = useCheckDraft(userId, searchParams.get("therapy"));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [result, setResult] = useState<PreSessionCheckResult>();
  const run = useRunPreSessionCheck();
  const serverProblem = formProblemFrom(run.error, []);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (run.isPending) return;
    const found = checkProblems(state);
    setProblems(found);
    const request = checkRequestFrom(state);
    if (Object.keys(found).length > 0 || request === undefined) return;
    run.mutate(request, {
      onSuccess: (checked) => {
        discard();
        setResult(checked);
      },
    });
  }

  return (
    <Page
      title="Check before a session"
      intro="Four quick questions, about 20 seconds. Answer for how you are today."
    >
      <NotADiagnosis />
      {result !== undefined && <CheckResult result={result} />}
      <form className="form" noValidate onSubmit={submit} aria-label="Check before a session">
        <ErrorSummary
          problem={{ summary: serverProblem.summary, fields: problems }}
          fieldTargets={checkFieldTargets}
        />
        <CheckQuestions
          state={state}
          problems={problems}
          onChange={(next) => {
            setResult(undefined);
            setState(next);
          }}
        />
        <div className="wizard__actions">
          <SubmitButton isBusy={run.isPending} busyLabel="Checking…">
            Check
          </SubmitButton>
          <Link className="inline-link" to="/safety">
            Back to safety
          </Link>
        </div>
      </form>
    </Page>
  );
}
