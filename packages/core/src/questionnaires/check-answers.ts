import type { FieldError } from "../api/errors.schema.js";
import type { Answers } from "./questionnaire-response.schema.js";
import type { InstrumentSpec } from "./instrument-spec.js";

const path = (linkId: string) => `answers.${linkId}`;

/**
 * Every problem with a set of answers, one per item, so the form can show each beside its
 * question: an unknown item, a missing answer, or a value that is not one of the options.
 * Self-report items are all required; examination items are answered all together or not at all.
 */
export function checkAnswers(spec: InstrumentSpec, answers: Readonly<Answers>): FieldError[] {
  const known = new Set(spec.items.map((item) => item.linkId));
  const problems: FieldError[] = Object.keys(answers)
    .filter((linkId) => !known.has(linkId))
    .map((linkId) => ({ path: path(linkId), message: "This questionnaire has no such question." }));
  const examination = spec.items.filter((item) => item.part === "clinician-examination");
  const isExaminationStarted = examination.some((item) => answers[item.linkId] !== undefined);
  for (const item of spec.items) {
    const value = answers[item.linkId];
    if (value === undefined) {
      if (item.part === "self-report") {
        problems.push({ path: path(item.linkId), message: "Please answer this question." });
      } else if (isExaminationStarted) {
        problems.push({
          path: path(item.linkId),
          message: "Answer every examination question, or leave the examination part out.",
        });
      }
    } else if (!item.options.some((option) => option.value === value)) {
      problems.push({ path: path(item.linkId), message: "Choose one of the options." });
    }
  }
  return problems;
}

/** Same items with the same values, in any order (a retried submission). */
export function isSameAnswers(first: Readonly<Answers>, second: Readonly<Answers>): boolean {
  const keys = Object.keys(first);
  return (
    keys.length === Object.keys(second).length && keys.every((key) => first[key] === second[key])
  );
}
