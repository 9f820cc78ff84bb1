import {
  bodySideChoices,
  implantedDeviceKinds,
  limbChoices,
  type ImplantedDeviceKind,
} from "@painplan/core";
import { describedBy } from "../forms/field-description";
import { FieldMessages } from "../forms/field-messages";
import { TextField } from "../forms/text-field";
import type { DraftChange } from "./draft-updates";
import { setAnswer } from "./draft-updates";
import type { IntakeDraft } from "./intake-draft";
import type { FollowUp } from "./intake-steps";
import { OptionGroup } from "../forms/option-group";
import { RegionChecklist } from "./region-checklist";

const sideNames = { left: "Left", right: "Right", both: "Both sides" } as const;
const limbNames = { arm: "Arm", leg: "Leg", both: "Both arm and leg" } as const;
const deviceNames: Readonly<Record<ImplantedDeviceKind, string>> = {
  pacemaker: "Pacemaker",
  defibrillator: "Defibrillator (ICD)",
  "medicine-pump": "Medicine pump",
  "nerve-stimulator": "Nerve or spinal cord stimulator",
  other: "Something else",
};

type FollowUpFieldProps = {
  followUp: FollowUp;
  draft: IntakeDraft;
  onChange: (change: DraftChange) => void;
  errors: Readonly<Record<string, string>>;
};

/** The detail asked right under a "yes": where, which, when. All of it is optional. */
export function FollowUpField({ followUp, draft, onChange, errors }: FollowUpFieldProps) {
  const { answers } = draft;
  switch (followUp.kind) {
    case "regions":
      return (
        <RegionChecklist
          id={`answer-${followUp.field}`}
          legend={followUp.legend}
          hint="Open a part of the body and tick the areas."
          selected={answers[followUp.field] ?? []}
          error={errors[`answers.${followUp.field}`]}
          onChange={(ids) => {
            onChange(setAnswer(followUp.field, ids));
          }}
        />
      );
    case "medicine-names":
      return (
        <TextField
          id="answer-bloodThinnerNames"
          label="Which ones? (optional)"
          hint="The names help your therapist. For example: warfarin, apixaban, aspirin."
          autoComplete="off"
          value={answers.bloodThinnerNames ?? ""}
          onChange={(value) => {
            onChange(setAnswer("bloodThinnerNames", value));
          }}
        />
      );
    case "surgery-date":
      return (
        <SurgeryDateField
          draft={draft}
          onChange={onChange}
          error={errors["answers.recentSurgeryDate"]}
        />
      );
    case "lymphoedema-limb":
      return (
        <>
          <OptionGroup
            id="answer-lymphoedemaSide"
            legend="Which side?"
            options={bodySideChoices.map((value) => ({ value, label: sideNames[value] }))}
            value={answers.lymphoedemaSide}
            error={errors["answers.lymphoedemaSide"]}
            onChange={(value) => {
              onChange(setAnswer("lymphoedemaSide", value));
            }}
          />
          <OptionGroup
            id="answer-lymphoedemaLimb"
            legend="Arm or leg?"
            options={limbChoices.map((value) => ({ value, label: limbNames[value] }))}
            value={answers.lymphoedemaLimb}
            onChange={(value) => {
              onChange(setAnswer("lymphoedemaLimb", value));
            }}
          />
        </>
      );
    case "device-kinds":
      return (
        <OptionGroup
          id="answer-implantedDeviceKinds"
          legend="Which device?"
          isMultiple
          options={implantedDeviceKinds.map((value) => ({ value, label: deviceNames[value] }))}
          values={answers.implantedDeviceKinds ?? []}
          error={errors["answers.implantedDeviceKinds"]}
          onChangeMany={(values) => {
            onChange(setAnswer("implantedDeviceKinds", values));
          }}
        />
      );
  }
}

type SurgeryDateFieldProps = Pick<FollowUpFieldProps, "draft" | "onChange"> & {
  error: string | undefined;
};

function SurgeryDateField({ draft, onChange, error }: SurgeryDateFieldProps) {
  const id = "answer-recentSurgeryDate";
  return (
    <div className={error === undefined ? "field" : "field field--invalid"}>
      <label className="field__label" htmlFor={id}>
        When was it?
      </label>
      <FieldMessages id={id} hint="A rough date is fine." error={error} />
      <input
        className="field__input"
        id={id}
        type="date"
        value={draft.answers.recentSurgeryDate ?? ""}
        onChange={(event) => {
          onChange(setAnswer("recentSurgeryDate", event.target.value));
        }}
        {...describedBy(id, true, error)}
      />
    </div>
  );
}
