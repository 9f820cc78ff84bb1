import type { SubmitEvent } from "react";
import { useState } from "react";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { useTabDraft } from "../forms/use-tab-draft";
import { useUpdateProfile } from "./account-mutations";
import { useSignedInUser } from "./signed-in-user";
import { CountryField, countryOfField } from "./country-field";
import { TimeZoneField } from "./time-zone-field";

const fieldTargets = {
  displayName: { id: "profile-display-name", label: "Your name" },
  timeZone: { id: "profile-time-zone", label: "Time zone" },
  country: { id: "profile-country", label: "Country" },
} as const;

export function ProfileForm() {
  const user = useSignedInUser();
  const baseline = {
    displayName: user.displayName,
    timeZone: user.timeZone,
    country: user.country ?? "",
  };
  const { values, setField, hasChanges } = useTabDraft(`profile:${user.id}`, baseline);
  const update = useUpdateProfile();
  const [isSaved, setIsSaved] = useState(false);
  const problem = formProblemFrom(update.error, Object.keys(fieldTargets));

  function change(field: keyof typeof fieldTargets, value: string) {
    setIsSaved(false);
    setField(field, value);
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate(
      { ...values, country: countryOfField(values.country) },
      {
        onSuccess: () => {
          setIsSaved(true);
        },
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="profile-heading">
      <h2 id="profile-heading">Your details</h2>
      <ErrorSummary problem={problem} fieldTargets={fieldTargets} headingLevel={3} />
      <TextField
        id={fieldTargets.displayName.id}
        label={fieldTargets.displayName.label}
        hint="The name PainPlan greets you with."
        autoComplete="nickname"
        value={values.displayName}
        onChange={(value) => {
          change("displayName", value);
        }}
        error={problem.fields["displayName"]}
      />
      <TimeZoneField
        id={fieldTargets.timeZone.id}
        value={values.timeZone}
        onChange={(value) => {
          change("timeZone", value);
        }}
        error={problem.fields["timeZone"]}
      />
      <CountryField
        id={fieldTargets.country.id}
        value={values.country}
        onChange={(value) => {
          change("country", value);
        }}
        error={problem.fields["country"]}
      />
      <div className="form__actions">
        <SubmitButton isBusy={update.isPending} busyLabel="Saving…">
          Save my details
        </SubmitButton>
        <p className="form__status" role="status">
          {isSaved && !hasChanges ? "Saved." : ""}
          {hasChanges && !update.isPending ? "You have changes that are not saved yet." : ""}
        </p>
      </div>
    </form>
  );
}
