import type { InstrumentDefinition, InstrumentItem } from "./instruments.schema.js";
import type { Answers, ScoreResult } from "./questionnaire-response.schema.js";
import type { InstrumentId } from "./instrument-ids.js";

/**
 * An item as core knows it. Licensed instruments have `text: null`: their wording is
 * copyrighted, so it comes only from the definition file an admin installs.
 */
export type ItemSpec = Omit<InstrumentItem, "text" | "groupText"> & {
  text: string | null;
  groupText: string | null;
};

/** Everything core knows about one instrument: its definition and how to score it. */
export type InstrumentSpec = Omit<InstrumentDefinition, "items" | "id"> & {
  id: InstrumentId;
  items: readonly ItemSpec[];
  /** Scores answers already checked by `checkAnswers` (every required item, valid options). */
  score: (answers: Readonly<Answers>) => ScoreResult;
};

const yesNoOptions = [
  { value: 1, label: "Yes" },
  { value: 0, label: "No" },
];

export function yesNoItem(linkId: string, part: ItemSpec["part"] = "self-report"): ItemSpec {
  return {
    linkId,
    text: null,
    groupText: null,
    part,
    answerStyle: "yes-no",
    options: yesNoOptions,
    loincCode: null,
  };
}

/** A 0–10 item; the two end options carry the anchor words. */
export function zeroToTenItem(
  item: { linkId: string; text: string; loincCode: string | null },
  anchors: { low: string; high: string },
): ItemSpec {
  const options = Array.from({ length: 11 }, (_unused, value) => ({
    value,
    label: value === 0 ? `0: ${anchors.low}` : value === 10 ? `10: ${anchors.high}` : String(value),
  }));
  return { ...item, groupText: null, part: "self-report", answerStyle: "numeric-scale", options };
}

export function choiceItem(
  item: { linkId: string; text: string; loincCode: string | null },
  options: readonly (readonly [value: number, label: string])[],
): ItemSpec {
  return {
    ...item,
    groupText: null,
    part: "self-report",
    answerStyle: "choice",
    options: options.map(([value, label]) => ({ value, label })),
  };
}

/** The answer to `linkId`; scorers run after `checkAnswers`, so a gap here is a bug. */
export function answerOf(answers: Readonly<Answers>, linkId: string): number {
  const value = answers[linkId];
  if (value === undefined) throw new Error(`No answer for ${linkId}; check answers first.`);
  return value;
}
