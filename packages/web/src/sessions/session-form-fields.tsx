import {
  bodyRegions,
  currencyCodes,
  sessionLimits,
  sideEffectKinds,
  therapyCatalog,
  type PaidBy,
  type SideEffectKind,
} from "@painplan/core";
import { FieldFrame } from "../forms/field-frame";
import type { FormProblem } from "../forms/form-problem";
import { OptionGroup } from "../forms/option-group";
import { ScoreScale } from "../forms/score-scale";
import { TextField } from "../forms/text-field";
import { TextareaField } from "../forms/textarea-field";
import { WallTimeField } from "../forms/wall-time-field";
import { PressurePicker } from "../plan/pressure-picker";
import { RegionPainFields } from "./region-pain-fields";
import type { SessionDraft } from "./session-draft";

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

/**
 * Field → input id and label (for the error summary; its order is the summary's); the keys are
 * the API's field paths, so a server error on one of them shows next to its field.
 */
export const sessionFieldTargets = {
  therapyId: { id: "session-therapy", label: "Therapy" },
  startedAt: { id: "session-start", label: "When it began" },
  durationMinutes: { id: "session-length", label: "Length" },
  painBefore: { id: "session-pain-before", label: "Pain before" },
  painAfter: { id: "session-pain-after", label: "Pain after" },
  pressure: { id: "session-pressure", label: "Pressure" },
  practitioner: { id: "session-practitioner", label: "Who gave it" },
  techniques: { id: "session-techniques", label: "Techniques" },
  regionPain: { id: "session-region-pain", label: "Pain by area" },
  howItFelt: { id: "session-felt", label: "How it felt" },
  sideEffects: { id: "session-side-effects", label: "Anything afterwards" },
  sideEffectNote: { id: "session-side-effect-note", label: "A few words about it" },
  "charge.price.amountMinor": { id: "session-price", label: "Price" },
  "charge.price.currency": { id: "session-currency", label: "Currency" },
  "charge.packageId": { id: "session-price", label: "Price" },
  occurrenceStart: { id: "session-start", label: "When it began" },
  idempotencyKey: { id: "session-start", label: "When it began" },
} as const;

/** The fields folded under "More about this session": an error on one opens the fold. */
const foldedFields = [
  "pressure",
  "practitioner",
  "techniques",
  "regionPain",
  "howItFelt",
  "sideEffects",
  "sideEffectNote",
];

type SessionFormFieldsProps = {
  value: SessionDraft;
  onChange: (change: Partial<SessionDraft>) => void;
  problem: FormProblem;
  /** The person's zone: the start is typed on their clock. */
  timeZone: string;
  /** A session named by the person (not from the library) keeps its name. */
  hasCustomName?: boolean;
};

/** The session form's fields, shared by logging a session and changing a logged one. */
export function SessionFormFields(props: SessionFormFieldsProps) {
  const { value, onChange: set, problem, timeZone, hasCustomName = false } = props;
  const areaNames = value.areas
    .map((id) => bodyRegions.find((region) => region.id === id)?.label ?? id)
    .join(", ");
  const isFoldOpen = Object.keys(problem.fields).some(
    (path) => path.startsWith("charge") || foldedFields.includes(path.split(".")[0] ?? path),
  );
  return (
    <>
      {value.planItemId !== null ? (
        <p className="session-log__planned">
          <strong>{value.title}</strong> from your plan
          {value.practitioner === "" ? "" : ` with ${value.practitioner}`}
          {areaNames === "" ? "" : ` · areas: ${areaNames}`}
        </p>
      ) : hasCustomName ? (
        <p className="session-log__planned">
          <strong>{value.title}</strong>
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
        hint={`On your clock (${timeZone}).`}
        timeZone={timeZone}
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
      <details className="plan-more" open={isFoldOpen ? true : undefined}>
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
          error={problem.fields["practitioner"]}
        />
        <TextField
          id="session-techniques"
          label="Techniques"
          hint="Such as effleurage, trigger points. Put a comma between two."
          autoComplete="off"
          value={value.techniquesText}
          onChange={(techniquesText) => {
            set({ techniquesText });
          }}
          error={problem.fields["techniques"]}
        />
        <RegionPainFields
          value={value.regionPain}
          onChange={(regionPain) => {
            set({ regionPain });
          }}
          areas={value.areas}
          error={problem.fields["regionPain"]}
        />
        <TextareaField
          id="session-felt"
          label="How it felt"
          value={value.howItFelt}
          onChange={(howItFelt) => {
            set({ howItFelt });
          }}
          rows={3}
          maxLength={sessionLimits.howItFeltMaxLength}
          error={problem.fields["howItFelt"]}
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
          error={problem.fields["sideEffects"]}
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
            error={problem.fields["sideEffectNote"]}
          />
        )}
        <ChargeFields value={value} onChange={set} problem={problem} />
      </details>
    </>
  );
}

function ChargeFields({
  value,
  onChange: set,
  problem,
}: Pick<SessionFormFieldsProps, "value" | "onChange" | "problem">) {
  return (
    <>
      <TextField
        id="session-price"
        label="What it cost"
        hint={`In ${value.currency} (the currency below). Leave empty if you would rather not say.`}
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
      {value.paidBy === "package" && <p>Paid from one of your packages.</p>}
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
    </>
  );
}
