import { ScoreScale } from "../forms/score-scale";
import type { EntryFormValues } from "./entry-form-values";

type ScoreName = "averageIntensity" | "worstIntensity" | "sleepInterference" | "mood";

type EntryScoresProps = {
  values: EntryFormValues;
  fields: Readonly<Record<string, string>>;
  onChange: (field: ScoreName, value: number | null) => void;
};

/** Each optional score says the period it is about, so "5" always means the same thing. */
const questions: readonly {
  field: ScoreName;
  id: string;
  legend: string;
  low: string;
  high: string;
}[] = [
  {
    field: "averageIntensity",
    id: "entry-average",
    legend: "Average pain over the last 24 hours (optional)",
    low: "no pain",
    high: "worst pain you can imagine",
  },
  {
    field: "worstIntensity",
    id: "entry-worst",
    legend: "Worst pain over the last 24 hours (optional)",
    low: "no pain",
    high: "worst pain you can imagine",
  },
  {
    field: "sleepInterference",
    id: "entry-sleep",
    legend: "How much pain got in the way of your sleep last night (optional)",
    low: "not at all",
    high: "completely",
  },
  {
    field: "mood",
    id: "entry-mood",
    legend: "Your mood right now (optional)",
    low: "very low",
    high: "very good",
  },
];

export function EntryScores({ values, fields, onChange }: EntryScoresProps) {
  return (
    <>
      {questions.map((question) => (
        <ScoreScale
          key={question.field}
          id={question.id}
          legend={question.legend}
          value={values[question.field]}
          onChange={(value) => {
            onChange(question.field, value);
          }}
          lowAnchor={question.low}
          highAnchor={question.high}
          isOptional
          error={fields[question.field]}
        />
      ))}
    </>
  );
}
