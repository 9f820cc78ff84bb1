import { redFlags, safetyQuestions } from "@painplan/core";
import type { DraftChange } from "./draft-updates";
import { setAnswer, setRedFlag } from "./draft-updates";
import { AnswerQuestion } from "./answer-question";
import { FollowUpField } from "./follow-up-fields";
import { isItemShown, type IntakeDraft } from "./intake-draft";
import type { IntakeItem } from "./intake-steps";
import { ReducedSensationField, TouchHypersensitivityField } from "./sensation-fields";
import { TherapistNotesFields } from "./therapist-notes-fields";

type IntakeItemFieldProps = {
  item: IntakeItem;
  draft: IntakeDraft;
  onChange: (change: DraftChange) => void;
  /** Regions suggested from the pain profile, for the sensation questions. */
  profileNumbRegions: readonly string[];
  errors: Readonly<Record<string, string>>;
};

export function intakeItemKey(item: IntakeItem): string {
  return item.kind === "red-flag" || item.kind === "question" ? item.id : item.kind;
}

/** One question of the wizard, with its follow-up details once the answer is "yes". */
export function IntakeItemField(props: IntakeItemFieldProps) {
  const { item, draft, onChange, profileNumbRegions, errors } = props;
  switch (item.kind) {
    case "red-flag":
      return (
        <AnswerQuestion
          id={`red-flag-${item.id}`}
          question={redFlags[item.id].question}
          value={draft.answers.redFlags?.[item.id]}
          onChange={(value) => {
            onChange(setRedFlag(item.id, value));
          }}
        />
      );
    case "question": {
      if (!isItemShown(item, draft)) return null;
      const value = draft.answers[item.id];
      return (
        <AnswerQuestion
          id={`answer-${item.id}`}
          question={safetyQuestions[item.id].text}
          value={value}
          error={errors[`answers.${item.id}`]}
          onChange={(answer) => {
            onChange(setAnswer(item.id, answer));
          }}
        >
          {value === "yes" &&
            item.followUps?.map((followUp) => (
              <FollowUpField
                key={followUp.kind === "regions" ? followUp.field : followUp.kind}
                followUp={followUp}
                draft={draft}
                onChange={onChange}
                errors={errors}
              />
            ))}
        </AnswerQuestion>
      );
    }
    case "reduced-sensation":
      return (
        <ReducedSensationField
          draft={draft}
          onChange={onChange}
          profileNumbRegions={profileNumbRegions}
          error={errors["answers.reducedSensationRegionIds"]}
        />
      );
    case "touch-hypersensitivity":
      return <TouchHypersensitivityField draft={draft} onChange={onChange} />;
    case "therapist-notes":
      return <TherapistNotesFields draft={draft} onChange={onChange} errors={errors} />;
  }
}
