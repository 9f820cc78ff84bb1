import type { FieldError } from "../api/errors.schema.js";
import type { Answers, ScoreResult } from "./questionnaire-response.schema.js";
import { checkAnswers } from "./check-answers.js";
import type { InstrumentSpec } from "./instrument-spec.js";

export type ScoreOutcome =
  { outcome: "scored"; result: ScoreResult } | { outcome: "invalid"; problems: FieldError[] };

/** Checks the answers, then scores them: the one entry point for a submitted questionnaire. */
export function scoreResponse(spec: InstrumentSpec, answers: Readonly<Answers>): ScoreOutcome {
  const problems = checkAnswers(spec, answers);
  if (problems.length > 0) return { outcome: "invalid", problems };
  return { outcome: "scored", result: spec.score(answers) };
}
