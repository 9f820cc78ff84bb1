import { pressurePreferences, type PressurePreference } from "@painplan/core";
import { TextField } from "../forms/text-field";
import { setContact, setPreference, type DraftChange } from "./draft-updates";
import type { IntakeDraft } from "./intake-draft";
import { OptionGroup } from "../forms/option-group";
import { useState } from "react";

/** The usual signals, one tap each; "another way" opens a text field. */
const quickSignals = ["I will say stop", "I will raise my hand"] as const;
type SignalChoice = (typeof quickSignals)[number] | "another-way";

function choiceOf(value: string | undefined, isOtherChosen: boolean): SignalChoice | undefined {
  const quick = quickSignals.find((signal) => signal === value);
  if (quick !== undefined) return quick;
  return isOtherChosen || (value ?? "").trim() !== "" ? "another-way" : undefined;
}

type DiscomfortSignalFieldProps = {
  value: string | undefined;
  error: string | undefined;
  onChange: (value: string | undefined) => void;
};

/** How the person will show that something hurts: a usual signal in one tap, or their own words. */
function DiscomfortSignalField({ value, error, onChange }: DiscomfortSignalFieldProps) {
  const [isOtherChosen, setOtherChosen] = useState(false);
  const choice = choiceOf(value, isOtherChosen);
  return (
    <>
      <OptionGroup
        id="preference-discomfortSignal"
        legend="How will you show that something hurts?"
        options={[
          ...quickSignals.map((signal) => ({ value: signal, label: signal })),
          { value: "another-way" as const, label: "Another way" },
        ]}
        value={choice}
        error={error}
        onChange={(chosen) => {
          setOtherChosen(chosen === "another-way");
          onChange(chosen === "another-way" ? undefined : chosen);
        }}
      />
      {choice === "another-way" && (
        <TextField
          id="preference-discomfortSignal-text"
          label="Your signal, in your own words"
          hint="For example: “I will tap the table twice”."
          autoComplete="off"
          value={value ?? ""}
          onChange={onChange}
        />
      )}
    </>
  );
}

const pressureNames: Readonly<Record<PressurePreference, string>> = {
  light: "Light",
  medium: "Medium",
  firm: "Firm",
  "ask-me-during-the-session": "Ask me during the session",
};

type TherapistNotesFieldsProps = {
  draft: IntakeDraft;
  onChange: (change: DraftChange) => void;
  errors: Readonly<Record<string, string>>;
};

/** Notes for the safety sheet: pressure and a stop signal (needed), who to call (optional). */
export function TherapistNotesFields({ draft, onChange, errors }: TherapistNotesFieldsProps) {
  const { preferences, contact } = draft;
  return (
    <>
      <OptionGroup
        id="preference-pressure"
        legend="What pressure do you prefer for hands-on work?"
        options={pressurePreferences.map((value) => ({ value, label: pressureNames[value] }))}
        value={preferences.pressurePreference}
        error={errors["preferences.pressurePreference"]}
        onChange={(value) => {
          onChange(setPreference("pressurePreference", value));
        }}
      />
      <DiscomfortSignalField
        value={preferences.discomfortSignal}
        error={errors["preferences.discomfortSignal"]}
        onChange={(value) => {
          onChange(setPreference("discomfortSignal", value));
        }}
      />
      <fieldset className="field">
        <legend className="field__label">Who should be called in an emergency? (optional)</legend>
        <TextField
          id="contact-name"
          label="Name"
          autoComplete="off"
          value={contact.name}
          error={errors["preferences.emergencyContact.name"]}
          onChange={(value) => {
            onChange(setContact("name", value));
          }}
        />
        <TextField
          id="contact-phone"
          label="Phone number"
          autoComplete="off"
          value={contact.phone}
          error={errors["preferences.emergencyContact.phone"]}
          onChange={(value) => {
            onChange(setContact("phone", value));
          }}
        />
        <TextField
          id="contact-relationship"
          label="Who they are to you (optional)"
          hint="For example: partner, daughter, friend."
          autoComplete="off"
          value={contact.relationship}
          onChange={(value) => {
            onChange(setContact("relationship", value));
          }}
        />
      </fieldset>
    </>
  );
}
