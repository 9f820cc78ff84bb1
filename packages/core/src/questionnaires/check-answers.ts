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

/**
 * Answers a person may not give about themself: the examination items of DN4 are a clinician's,
 * entered after examining them (reference §1.4 and §7). One problem per answered item; empty
 * when there are none. Until a care team can submit for someone, the 7-item interview is the
 * patient's form.
 */
export function clinicianOnlyAnswers(
  spec: InstrumentSpec,
  answers: Readonly<Answers>,
): FieldError[] {
  return spec.items
    .filter((item) => item.part === "clinician-examination" && answers[item.linkId] !== undefined)
    .map((item) => ({
      path: path(item.linkId),
      message: "A clinician answers this after examining you; leave it out.",
    }));
}

/** Same items with the same values, in any order (a retried submission). */
export function isSameAnswers(first: Readonly<Answers>, second: Readonly<Answers>): boolean {
  const keys = Object.keys(first);
  return (
    keys.length === Object.keys(second).length && keys.every((key) => first[key] === second[key])
  );
}
