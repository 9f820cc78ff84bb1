import { yesNoAnswers, type YesNoAnswer } from "@painplan/core";
import type { ReactNode } from "react";
import { FieldMessages } from "../forms/field-messages";

const answerLabels: Readonly<Record<YesNoAnswer, string>> = {
  yes: "Yes",
  no: "No",
  "not-sure": "Not sure",
};

type AnswerQuestionProps = {
  id: string;
  question: string;
  hint?: ReactNode;
  value: YesNoAnswer | null | undefined;
  onChange: (value: YesNoAnswer) => void;
  error?: string | undefined;
  children?: ReactNode;
};

/**
 * One yes / no / not sure question. Radios (not toggle buttons) so arrow keys move between the
 * three and a screen reader says "1 of 3"; each label is a large target. "Not sure" is never read
 * as "no": the rules answer "ask your provider first" for what it touches.
 */
export function AnswerQuestion(props: AnswerQuestionProps) {
  const { id, question, hint, value, onChange, error, children } = props;
  const describedBy = [
    hint === undefined ? "" : `${id}-hint`,
    error === undefined ? "" : `${id}-error`,
  ]
    .filter((part) => part !== "")
    .join(" ");
  return (
    <fieldset
      className={error === undefined ? "field answer" : "field answer field--invalid"}
      aria-describedby={describedBy === "" ? undefined : describedBy}
    >
      <legend className="field__label answer__question">{question}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="answer__choices">
        {yesNoAnswers.map((answer, index) => (
          <label key={answer} className="choice answer__choice">
            <input
              type="radio"
              name={id}
              id={index === 0 ? id : undefined}
              value={answer}
              checked={value === answer}
              onChange={() => {
                onChange(answer);
              }}
            />
            <span className="choice__label">{answerLabels[answer]}</span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
