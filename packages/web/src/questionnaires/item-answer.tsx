import type { InstrumentItem } from "@painplan/core";
import { OptionGroup } from "../forms/option-group";
import { ScoreScale } from "../forms/score-scale";

type ItemAnswerProps = {
  item: InstrumentItem;
  number: number;
  value: number | null;
  onChange: (value: number) => void;
  error: string | undefined;
};

export const itemFieldId = (linkId: string) => `question-${linkId}`;

/** "0: No pain" → "No pain": the scale shows the number itself. */
function anchorText(label: string | undefined): string {
  return (label ?? "").replace(/^\d+:\s*/, "");
}

/** One question: a 0–10 row of big numbers, or a list of large labelled choices. */
export function ItemAnswer({ item, number, value, onChange, error }: ItemAnswerProps) {
  const id = itemFieldId(item.linkId);
  const legend = `${number}. ${item.text}`;
  if (item.answerStyle === "numeric-scale") {
    const first = item.options[0];
    const last = item.options.at(-1);
    return (
      <ScoreScale
        id={id}
        legend={legend}
        value={value}
        onChange={(score) => {
          if (score !== null) onChange(score);
        }}
        minimum={first?.value ?? 0}
        maximum={last?.value ?? 10}
        lowAnchor={anchorText(first?.label)}
        highAnchor={anchorText(last?.label)}
        error={error}
      />
    );
  }
  return (
    <OptionGroup
      id={id}
      legend={legend}
      options={item.options.map((option) => ({ value: String(option.value), label: option.label }))}
      value={value === null ? null : String(value)}
      onChange={(chosen) => {
        onChange(Number(chosen));
      }}
      error={error}
    />
  );
}
