import type { SafetyIntake } from "@painplan/core";
import { useEffect, useRef, useState, type SubmitEvent } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { OwnerCrisisPanel } from "../accounts/owner-crisis-panel";
import { useSignedInUser } from "../accounts/signed-in-user";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { SubmitButton } from "../forms/submit-button";
import { checkStep, isDraftComplete, stepIndexFrom } from "./intake-checks";
import {
  draftFromIntake,
  firstOpenStep,
  intakeRequestFromDraft,
  type IntakeDraft,
} from "./intake-draft";
import { canSayNoneApply, noneApply } from "./none-apply";
import { NotADiagnosis } from "../ui/not-a-diagnosis";
import { IntakeItemField, intakeItemKey } from "./intake-item";
import { intakeFieldTargets } from "./intake-field-targets";
import { intakeSteps } from "./intake-steps";
import { raisesCrisisPanel } from "./crisis-answer";
import { RedFlagNotice } from "./red-flag-notice";
import { redFlagState } from "./red-flag-urgency";
import { useSaveSafetyIntake } from "./safety-queries";
import { discardIntakeDraft, useIntakeDraft } from "./use-intake-draft";

type IntakeWizardProps = { intake: SafetyIntake; profileNumbRegions: readonly string[] };

const lastStep = intakeSteps.length - 1;

/** Moves focus to the step's heading when the step changes (not on the first one shown). */
function useStepFocus(stepIndex: number) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(stepIndex);
  useEffect(() => {
    if (shownStep.current === stepIndex) return;
    shownStep.current = stepIndex;
    headingRef.current?.focus();
  }, [stepIndex]);
  return headingRef;
}

export function IntakeWizard({ intake, profileNumbRegions }: IntakeWizardProps) {
  const { id: userId } = useSignedInUser();
  const { draft, update } = useIntakeDraft(userId, () => draftFromIntake(intake));
  const [searchParams, setSearchParams] = useSearchParams();
  const [resumeAt] = useState(() => firstOpenStep(intakeSteps, draft, intake.status));
  const stepIndex = stepIndexFrom(searchParams.get("step"), resumeAt, intakeSteps.length);
  const step = intakeSteps[stepIndex];
  const headingRef = useStepFocus(stepIndex);
  const navigate = useNavigate();
  const save = useSaveSafetyIntake();
  const [localProblems, setLocalProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState("");

  const serverProblem = formProblemFrom(save.error, Object.keys(intakeFieldTargets));
  const errors = { ...serverProblem.fields, ...localProblems };
  const problem = { summary: serverProblem.summary, fields: errors };

  function goTo(index: number, message = "") {
    save.reset();
    setLocalProblems({});
    setNotice(message);
    setSearchParams({ step: String(index + 1) });
  }

  if (step === undefined) throw new Error("The intake has no steps.");

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    saveStep(draft);
  }

  /** "None of these apply to me": every question of the step "no", saved, on to the next. */
  function sayNoneApply() {
    if (save.isPending || step === undefined) return;
    const next = noneApply(step)(draft);
    update(() => next);
    saveStep(next);
  }

  function saveStep(draft: IntakeDraft) {
    if (save.isPending || step === undefined) return;
    const problems = checkStep(step, draft);
    setLocalProblems(problems);
    if (Object.keys(problems).length > 0) return;
    const isComplete = isDraftComplete(intakeSteps, draft);
    const isFinishing = stepIndex === lastStep && isComplete;
    save.mutate(intakeRequestFromDraft(draft, isComplete ? "complete" : "in-progress"), {
      onSuccess: () => {
        if (isFinishing) {
          discardIntakeDraft(userId);
          void navigate("/safety/results");
        } else if (stepIndex === lastStep) {
          // Finishing with a question still open would be refused: go back to it instead.
          goTo(
            firstOpenStep(intakeSteps, draft, "in-progress"),
            "Saved. A few questions are still open: “Not sure” is a fine answer.",
          );
        } else {
          goTo(stepIndex + 1, "Saved.");
        }
      },
    });
  }

  return (
    <>
      <RedFlagNotice state={redFlagState(draft.answers.redFlags)} />
      {raisesCrisisPanel(draft.answers.redFlags) && <OwnerCrisisPanel isEmphasised />}
      <form className="form wizard" noValidate onSubmit={submit} aria-labelledby="step-heading">
        <p className="wizard__progress">
          Step {stepIndex + 1} of {intakeSteps.length}
        </p>
        <h2 id="step-heading" ref={headingRef} tabIndex={-1}>
          {step.title}
        </h2>
        {stepIndex === 0 && (
          <>
            <p>
              About five minutes, in short steps. Your answers are saved at every step, so you can
              stop and come back later.
            </p>
            <NotADiagnosis />
          </>
        )}
        <p>{step.intro}</p>
        <p className="notice" role="status">
          {notice}
        </p>
        <ErrorSummary problem={problem} fieldTargets={intakeFieldTargets} headingLevel={3} />
        {step.items.map((item) => (
          <IntakeItemField
            key={intakeItemKey(item)}
            item={item}
            draft={draft}
            onChange={update}
            profileNumbRegions={profileNumbRegions}
            errors={errors}
          />
        ))}
        <div className="wizard__actions">
          {canSayNoneApply(step, draft) && (
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={save.isPending ? true : undefined}
              onClick={sayNoneApply}
            >
              None of these apply to me
            </button>
          )}
          <SubmitButton isBusy={save.isPending} busyLabel="Saving…">
            {stepIndex === lastStep ? "Save and see my results" : "Save and continue"}
          </SubmitButton>
          {stepIndex > 0 && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                goTo(stepIndex - 1);
              }}
            >
              Back
            </button>
          )}
        </div>
      </form>
    </>
  );
}
