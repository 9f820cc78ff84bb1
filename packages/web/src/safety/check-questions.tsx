import { redFlagIds, redFlags, therapyIds, type RedFlagId } from "@painplan/core";
import { useTherapyList } from "../therapies/therapy-queries";
import { AnswerQuestion } from "./answer-question";
import type { CheckFormState } from "./check-form-state";
import { OptionGroup } from "../forms/option-group";
import { RegionChecklist } from "./region-checklist";

export const checkFieldTargets = {
  therapyId: { id: "check-therapy", label: "Therapy" },
  hasFever: { id: "check-fever", label: "Fever" },
  hasNewWound: { id: "check-wound", label: "Wound or hurt area" },
  bloodThinnersChanged: { id: "check-blood-thinners", label: "Blood thinner" },
  hasNewRedFlag: { id: "check-red-flag", label: "New warning sign" },
  newRedFlagIds: { id: "check-red-flag-list", label: "Which warning sign" },
} as const;

type CheckQuestionsProps = {
  state: CheckFormState;
  problems: Readonly<Record<string, string>>;
  onChange: (state: CheckFormState) => void;
};

export function CheckQuestions({ state, problems, onChange }: CheckQuestionsProps) {
  const library = useTherapyList({ kind: undefined, q: "" });
  const names = new Map(library.data?.therapies.map((therapy) => [therapy.id, therapy.name]));
  return (
    <>
      <div className={problems["therapyId"] === undefined ? "field" : "field field--invalid"}>
        <label className="field__label" htmlFor="check-therapy">
          Which session is it?
        </label>
        {problems["therapyId"] !== undefined && (
          <p id="check-therapy-error" className="field__error">
            {problems["therapyId"]}
          </p>
        )}
        <select
          className="field__input field__select"
          id="check-therapy"
          value={state.therapyId ?? ""}
          aria-describedby={problems["therapyId"] === undefined ? undefined : "check-therapy-error"}
          onChange={(event) => {
            const therapyId = therapyIds.find((id) => id === event.target.value);
            onChange({ ...state, therapyId });
          }}
        >
          <option value="">Choose a therapy</option>
          {therapyIds.map((id) => (
            <option key={id} value={id}>
              {names.get(id) ?? id}
            </option>
          ))}
        </select>
      </div>
      <AnswerQuestion
        id="check-fever"
        question="Do you have a fever, or feel ill with an infection today?"
        value={state.hasFever}
        error={problems["hasFever"]}
        onChange={(hasFever) => {
          onChange({ ...state, hasFever });
        }}
      />
      <AnswerQuestion
        id="check-wound"
        question="Is there a new wound, sore, blister, burn or rash, or an area that is hot, swollen or injured?"
        value={state.hasNewWound}
        error={problems["hasNewWound"]}
        onChange={(hasNewWound) => {
          onChange({ ...state, hasNewWound });
        }}
      >
        {state.hasNewWound === "yes" && (
          <RegionChecklist
            id="check-wound-regions"
            legend="Where is it? (optional)"
            hint="So nothing presses on it, and a hurt foot carries no weight."
            selected={state.newWoundRegionIds}
            onChange={(newWoundRegionIds) => {
              onChange({ ...state, newWoundRegionIds });
            }}
          />
        )}
      </AnswerQuestion>
      <AnswerQuestion
        id="check-blood-thinners"
        question="Has your blood thinner, or its dose, changed since your last session?"
        value={state.bloodThinnersChanged}
        error={problems["bloodThinnersChanged"]}
        onChange={(bloodThinnersChanged) => {
          onChange({ ...state, bloodThinnersChanged });
        }}
      />
      <NewRedFlagQuestion state={state} problems={problems} onChange={onChange} />
    </>
  );
}

function NewRedFlagQuestion({ state, problems, onChange }: CheckQuestionsProps) {
  return (
    <>
      <OptionGroup
        id="check-red-flag"
        isSideBySide
        legend="Any new warning sign since you last answered the safety questions? For example spreading weakness, chest pain, or a swollen leg."
        options={[
          { value: "no", label: "No" },
          { value: "yes", label: "Yes" },
        ]}
        value={state.hasNewRedFlag}
        error={problems["hasNewRedFlag"]}
        onChange={(hasNewRedFlag) => {
          onChange({ ...state, hasNewRedFlag });
        }}
      />
      {state.hasNewRedFlag === "yes" && (
        <OptionGroup
          id="check-red-flag-list"
          legend="Which one is new?"
          isMultiple
          options={redFlagIds.map((id: RedFlagId) => ({ value: id, label: redFlags[id].question }))}
          values={state.newRedFlagIds}
          error={problems["newRedFlagIds"]}
          onChangeMany={(newRedFlagIds) => {
            onChange({ ...state, newRedFlagIds });
          }}
        />
      )}
    </>
  );
}
