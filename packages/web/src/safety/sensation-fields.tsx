import { reducedSensationQuestion } from "@painplan/core";
import { AnswerQuestion } from "./answer-question";
import { setAnswer, setPreference, setReducedSensation, type DraftChange } from "./draft-updates";
import type { IntakeDraft } from "./intake-draft";
import { RegionChecklist } from "./region-checklist";

type SensationFieldProps = { draft: IntakeDraft; onChange: (change: DraftChange) => void };

/**
 * "Is feeling reduced anywhere?" then where. A "yes" starts from the areas the pain profile
 * marks as numb, so nobody ticks the same areas twice; they stay editable.
 */
export function ReducedSensationField({
  draft,
  onChange,
  profileNumbRegions,
  error,
}: SensationFieldProps & { profileNumbRegions: readonly string[]; error: string | undefined }) {
  const selected = draft.answers.reducedSensationRegionIds ?? [];
  function answer(value: "yes" | "no" | "not-sure") {
    onChange(setReducedSensation(value));
    if (value === "yes" && selected.length === 0 && profileNumbRegions.length > 0) {
      onChange(setAnswer("reducedSensationRegionIds", [...profileNumbRegions]));
    }
  }
  return (
    <AnswerQuestion
      id="answer-reducedSensation"
      question="Is feeling reduced or numb anywhere on your body?"
      hint="Where feeling is reduced you may not notice heat, cold or too much pressure."
      value={draft.reducedSensation}
      onChange={answer}
      error={error}
    >
      {draft.reducedSensation === "yes" && (
        <RegionChecklist
          id="answer-reducedSensationRegionIds"
          legend={reducedSensationQuestion}
          hint={
            profileNumbRegions.length > 0
              ? "We ticked the areas your pain profile marks as numb. Change them if needed."
              : "Open a part of the body and tick the areas."
          }
          selected={selected}
          onChange={(ids) => {
            onChange(setAnswer("reducedSensationRegionIds", ids));
          }}
        />
      )}
    </AnswerQuestion>
  );
}

export function TouchHypersensitivityField({ draft, onChange }: SensationFieldProps) {
  return (
    <RegionChecklist
      id="preference-touchHypersensitivityRegionIds"
      legend="Where does light touch hurt? (optional)"
      hint="Pain from light touch, such as clothes or sheets (allodynia). Leave it empty if nowhere."
      selected={draft.preferences.touchHypersensitivityRegionIds ?? []}
      onChange={(ids) => {
        onChange(setPreference("touchHypersensitivityRegionIds", ids));
      }}
    />
  );
}
