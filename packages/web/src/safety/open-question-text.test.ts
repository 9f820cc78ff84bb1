import { reducedSensationQuestion, redFlags, safetyQuestions } from "@painplan/core";
import { expect, test } from "vitest";
import { openQuestionText } from "./open-question-text";

test("open questions are shown in the wizard's own words", () => {
  expect(openQuestionText("pregnancy")).toBe(safetyQuestions.pregnancy.text);
  expect(openQuestionText("self-harm-thoughts")).toBe(redFlags["self-harm-thoughts"].question);
  expect(openQuestionText("reducedSensationRegionIds")).toBe(reducedSensationQuestion);
});

test("an id we do not know is still listed rather than dropped", () => {
  expect(openQuestionText("somethingNew")).toBe("somethingNew");
});
