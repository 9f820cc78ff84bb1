import {
  bodyRegions,
  currencyCodes,
  minorUnitDigits,
  sideEffectKinds,
  therapyCatalog,
  type PaidBy,
  type SessionDefaults,
  type SideEffectKind,
} from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { usePersonDates } from "../accounts/use-person-dates";
import { ErrorSummary } from "../forms/error-summary";
import { FieldFrame } from "../forms/field-frame";
import { formProblemFrom, noProblem, type FormProblem } from "../forms/form-problem";
import { OptionGroup } from "../forms/option-group";
import { ScoreScale } from "../forms/score-scale";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { TextareaField } from "../forms/textarea-field";
import { useJsonDraft } from "../forms/use-json-draft";
import { WallTimeField } from "../forms/wall-time-field";
import { PressurePicker } from "../plan/pressure-picker";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import { newSessionDraft, sessionRequestOf, type SessionDraft } from "./session-draft";
import { useLogSession, useSessionDefaults } from "./sessions-queries";

const sideEffectWords: Readonly<Record<SideEffectKind, string>> = {
  soreness: "Soreness",
  bruising: "Bruising",
  flare: "A flare of my pain",
  dizziness: "Dizziness",
  other: "Something else",
};

const paidByOptions: readonly { value: PaidBy; label: string }[] = [
  { value: "self", label: "Me" },
  { value: "insurance", label: "Insurance" },
  { value: "hsa-fsa", label: "HSA or FSA" },
  { value: "other", label: "Someone else" },
];

/** Field → input id and label, in form order (for the error summary). */
const fieldTargets = {
  therapyId: { id: "session-therapy", label: "Therapy" },
  startedAt: { id: "session-start", label: "When it began" },
  durationMinutes: { id: "session-length", label: "Length" },
  painBefore: { id: "session-pain-before", label: "Pain before" },
  painAfter: { id: "session-pain-after", label: "Pain after" },
  "charge.price.amountMinor": { id: "session-price", label: "Price" },
  "charge.price.currency": { id: "session-currency", label: "Currency" },
  "charge.packageId": { id: "session-price", label: "Price" },
  occurrenceStart: { id: "session-start", label: "When it began" },
  idempotencyKey: { id: "session-start", label: "When it began" },
} as const;

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
  const draft = useJsonDraft<SessionDraft>(
    draftKey,
    () =>
      newSessionDraft({
        defaults,
        timeZone: dates.timeZone,
        now: new Date(),
        newKey: () => crypto.randomUUID(),
        currency: defaults?.usualPrice?.currency ?? "USD",
      }),
    (stored) =>
      typeof stored === "object" && stored !== null && "idempotencyKey" in stored
        ? (stored as SessionDraft)
        : undefined,
  );
  const value = draft.value;
  const set = (change: Partial<SessionDraft>) => {
    draft.setValue((previous) => ({ ...previous, ...change }));
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (log.isPending) return;
    const result = sessionRequestOf(value, dates.timeZone, minorUnitDigits);
    if ("problems" in result) {
      setProblem({
        summary: undefined,
        fields: Object.fromEntries(result.problems.map((p) => [p.path, p.message])),
      });
      return;
    }
    setProblem(noProblem);
    log.mutate(result.request, {
      onSuccess: (session) => {
        draft.discard(value);
        void navigate("/sessions", { state: { loggedSessionId: session.id } });
      },
      onError: (error) => {
        setProblem(formProblemFrom(error, Object.keys(fieldTargets)));
      },
    });
  };

  const areaNames = value.areas
    .map((id) => bodyRegions.find((region) => region.id === id)?.label ?? id)
    .join(", ");
  return (
    <form className="form" noValidate onSubmit={submit} aria-label="Log a session">
      <ErrorSummary problem={problem} fieldTargets={fieldTargets} />
      {value.planItemId !== null ? (
        <p className="session-log__planned">
          <strong>{value.title}</strong> from your plan
          {value.practitioner === "" ? "" : ` with ${value.practitioner}`}
          {areaNames === "" ? "" : ` · areas: ${areaNames}`}
        </p>
      ) : (
        <FieldFrame id="session-therapy" label="Therapy" error={problem.fields["therapyId"]}>
          <select
            className="field__input field__select"
            id="session-therapy"
            value={value.therapyId}
            onChange={(event) => {
              set({ therapyId: event.target.value });
            }}
          >
            <option value="">Choose a therapy</option>
            {therapyCatalog.map((therapy) => (
              <option key={therapy.id} value={therapy.id}>
                {therapy.name}
              </option>
            ))}
          </select>
        </FieldFrame>
      )}
      <ScoreScale
        id="session-pain-before"
        legend="Pain just before the session"
        value={value.painBefore}
        onChange={(score) => {
          set({ painBefore: score });
        }}
        lowAnchor="No pain"
        highAnchor="Worst pain imaginable"
        isOptional
        error={problem.fields["painBefore"]}
      />
      <ScoreScale
        id="session-pain-after"
        legend="Pain just after the session"
        value={value.painAfter}
        onChange={(score) => {
          set({ painAfter: score });
        }}
        lowAnchor="No pain"
        highAnchor="Worst pain imaginable"
        isOptional
        error={problem.fields["painAfter"]}
      />
      <WallTimeField
        id="session-start"
        label="When it began"
        hint={`On your clock (${dates.timeZone}).`}
        timeZone={dates.timeZone}
        value={value.start}
        onChange={(start) => {
          set({ start });
        }}
        error={problem.fields["startedAt"] ?? problem.fields["occurrenceStart"]}
      />
      <TextField
        id="session-length"
        label="Length in minutes"
        autoComplete="off"
        value={value.durationText}
        onChange={(durationText) => {
          set({ durationText });
        }}
        error={problem.fields["durationMinutes"]}
      />
      <details
        className="plan-more"
        open={
          Object.keys(problem.fields).some((path) => path.startsWith("charge")) ? true : undefined
        }
      >
        <summary className="plan-more__summary">More about this session (optional)</summary>
        <PressurePicker
          id="session-pressure"
          value={value.pressure}
          onChange={(pressure) => {
            set({ pressure });
          }}
        />
        <TextField
          id="session-practitioner"
          label="Who gave it"
          autoComplete="off"
          value={value.practitioner}
          onChange={(practitioner) => {
            set({ practitioner });
          }}
        />
        <TextareaField
          id="session-felt"
          label="How it felt"
          value={value.howItFelt}
          onChange={(howItFelt) => {
            set({ howItFelt });
          }}
          rows={3}
          maxLength={2000}
        />
        <OptionGroup
          id="session-side-effects"
          legend="Anything afterwards?"
          isMultiple
          options={sideEffectKinds.map((kind) => ({ value: kind, label: sideEffectWords[kind] }))}
          values={value.sideEffects}
          onChangeMany={(sideEffects) => {
            set({ sideEffects });
          }}
        />
        {value.sideEffects.length > 0 && (
          <TextField
            id="session-side-effect-note"
            label="A few words about it"
            autoComplete="off"
            value={value.sideEffectNote}
            onChange={(sideEffectNote) => {
              set({ sideEffectNote });
            }}
          />
        )}
        <TextField
          id="session-price"
          label="What it cost"
          hint="Leave empty if you would rather not say."
          autoComplete="off"
          value={value.priceText}
          onChange={(priceText) => {
            set({ priceText });
          }}
          error={problem.fields["charge.price.amountMinor"] ?? problem.fields["charge.packageId"]}
        />
        <FieldFrame
          id="session-currency"
          label="Currency"
          error={problem.fields["charge.price.currency"]}
        >
          <select
            className="field__input field__select"
            id="session-currency"
            value={value.currency}
            onChange={(event) => {
              set({ currency: event.target.value });
            }}
          >
            {currencyCodes.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </FieldFrame>
        <OptionGroup
          id="session-paid-by"
          legend="Who paid"
          isSideBySide
          options={paidByOptions}
          value={value.paidBy}
          onChange={(paidBy) => {
            set({ paidBy });
          }}
        />
      </details>
      <div className="form__actions">
        <SubmitButton isBusy={log.isPending} busyLabel="Saving…">
          Save session
        </SubmitButton>
      </div>
    </form>
  );
}
