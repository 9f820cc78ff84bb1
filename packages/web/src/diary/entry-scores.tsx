import { painScoreFields, type PainScoreName } from "@painplan/core";
import { ScoreScale } from "../forms/score-scale";
import type { EntryFormValues } from "./entry-form-values";

type ScoreName = Exclude<PainScoreName, "intensityNow">;

type EntryScoresProps = {
  values: EntryFormValues;
  fields: Readonly<Record<string, string>>;
  onChange: (field: ScoreName, value: number | null) => void;
};

/** The optional scores, each asking about its own period, so "5" always means the same thing. */
const optionalScores = [
  { field: "averageIntensity", id: "entry-average" },
  { field: "worstIntensity", id: "entry-worst" },
  { field: "sleepInterference", id: "entry-sleep" },
  { field: "mood", id: "entry-mood" },
] as const satisfies readonly { field: ScoreName; id: string }[];

export function EntryScores({ values, fields, onChange }: EntryScoresProps) {
  return (
    <>
      {optionalScores.map(({ field, id }) => (
        <ScoreScale
          key={field}
          id={id}
          legend={`${painScoreFields[field].question} (optional)`}
          value={values[field]}
          onChange={(value) => {
            onChange(field, value);
          }}
          lowAnchor={painScoreFields[field].lowAnchor}
          highAnchor={painScoreFields[field].highAnchor}
          isOptional
          error={fields[field]}
        />
      ))}
    </>
  );
}
