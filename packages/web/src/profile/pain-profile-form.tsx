import type { PainProfile } from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { ApiError } from "../api/api-error";
import { BodyMap } from "../body-map/body-map";
import { unratedRegionProblems } from "../body-map/body-map-selection";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { SubmitButton } from "../forms/submit-button";
import { useJsonDraft } from "../forms/use-json-draft";
import { CauseList } from "./cause-list";
import { MedicationList } from "./medication-list";
import { useSavePainProfile } from "./pain-profile-queries";
import { profileFieldTargets, profileMapIdPrefix, regionErrors } from "./profile-field-targets";
import { useProfileEditing } from "./use-profile-editing";
import {
  profileFormValuesFrom,
  profileFormValuesSchema,
  profileRequestFrom,
} from "./profile-form-values";
import { TreatmentList } from "./treatment-list";

const newKey = () => crypto.randomUUID();
const usualQuestion = "how strong it usually is";

function parseDraft(stored: unknown) {
  const parsed = profileFormValuesSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

type PainProfileFormProps = { userId: string; profile: PainProfile };

/** The whole profile in one form, saved together (PUT): drafts survive a reload. */
export function PainProfileForm({ userId, profile }: PainProfileFormProps) {
  const draft = useJsonDraft(
    `pain-profile:${userId}`,
    () => profileFormValuesFrom(profile, newKey),
    parseDraft,
  );
  const values = draft.value;
  const editing = useProfileEditing(draft.setValue, newKey);
  const save = useSavePainProfile(userId);
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const targets = profileFieldTargets(values);
  const problem = formProblemFrom(clientError ?? save.error, Object.keys(targets));

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setIsSaved(false);
    const unrated = unratedRegionProblems(values.regions, usualQuestion);
    if (unrated.length > 0) {
      setClientError(
        new ApiError(400, "validation_failed", "Rate each area.", { fieldErrors: unrated }),
      );
      return;
    }
    setClientError(null);
    save.mutate(profileRequestFrom(values), {
      onSuccess: (saved) => {
        draft.discard(profileFormValuesFrom(saved, newKey));
        setIsSaved(true);
      },
    });
  }

  return (
    <form className="form form--wide" noValidate onSubmit={submit} aria-label="Pain profile">
      <ErrorSummary problem={problem} fieldTargets={targets} />
      <section className="panel" aria-labelledby="causes-heading">
        <h2 id="causes-heading">Causes</h2>
        <CauseList
          causes={values.causes}
          errors={problem.fields}
          onToggle={editing.toggleCause}
          onChange={editing.changeCause}
        />
      </section>
      <MedicationList
        medications={values.medications}
        errors={problem.fields}
        onAdd={editing.addMedication}
        onChange={editing.changeMedication}
        onRemove={editing.removeMedication}
      />
      <TreatmentList
        treatments={values.otherTreatments}
        errors={problem.fields}
        onAdd={editing.addTreatment}
        onChange={editing.changeTreatment}
        onRemove={editing.removeTreatment}
      />
      <section className="panel">
        <BodyMap
          idPrefix={profileMapIdPrefix}
          heading="Where it usually hurts"
          hint="Tap a quick choice such as “Both feet”, the body, or choose from the list. Then say how strong the pain usually is there, from 0 (no pain) to 10 (worst pain you can imagine)."
          intensityQuestion={usualQuestion}
          headingLevel={2}
          value={values.regions}
          onChange={editing.setRegions}
          errors={regionErrors(values, problem.fields)}
        />
      </section>
      <div className="form__actions">
        <SubmitButton isBusy={save.isPending} busyLabel="Saving…">
          Save my pain profile
        </SubmitButton>
        <p className="form__status" role="status">
          {isSaved && !draft.hasDraft ? "Your pain profile is saved." : ""}
          {draft.hasDraft && !save.isPending ? "You have changes that are not saved yet." : ""}
        </p>
      </div>
    </form>
  );
}
