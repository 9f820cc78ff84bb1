import type { InstrumentDefinition } from "@painplan/core";
import { expect, test } from "vitest";
import { patientAnswers } from "./patient-answers";

const item = (linkId: string, part: "self-report" | "clinician-examination") => ({
  linkId,
  text: linkId,
  groupText: null,
  part,
  answerStyle: "yes-no" as const,
  options: [],
  loincCode: null,
});

test("sends the interview answers only, never the examination items of a DN4 draft", () => {
  const definition = {
    items: [item("burning", "self-report"), item("brushing", "clinician-examination")],
  } as unknown as InstrumentDefinition;
  expect(patientAnswers(definition, { burning: 1, brushing: 1 })).toEqual({ burning: 1 });
});
