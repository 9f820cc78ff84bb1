import type {
  RedFlagAlert,
  SafetyAssessment,
  TherapyId,
  TherapyVerdict,
  VerdictLevel,
} from "@painplan/core";
import { describe, expect, test } from "vitest";
import { keepSuitable, suitabilityFrom } from "./suitability";

function aVerdict(therapyId: TherapyId, level: VerdictLevel): TherapyVerdict {
  return { therapyId, kind: "massage", level, reasons: [], areas: [] };
}

function anAssessment(overrides: Partial<SafetyAssessment> = {}): SafetyAssessment {
  return {
    intakeVersion: 1,
    intakeStatus: "complete",
    openQuestions: [],
    redFlags: { urgency: "none", message: null, flags: [] },
    therapies: [
      aVerdict("swedish-massage", "ok"),
      aVerdict("deep-tissue-massage", "avoid"),
      aVerdict("oncology-massage", "caution"),
      aVerdict("trigger-point-therapy", "ask-provider-first"),
    ],
    areas: [],
    ...overrides,
  };
}

const library = [
  { id: "swedish-massage" },
  { id: "deep-tissue-massage" },
  { id: "oncology-massage" },
  { id: "trigger-point-therapy" },
  { id: "body-scan" },
] as const;

describe("suitability", () => {
  test("no intake yet: nothing is called fine", () => {
    const suitability = suitabilityFrom(anAssessment({ intakeVersion: null }));
    expect(suitability.status).toBe("no-intake");
    expect(keepSuitable(library, suitability)).toEqual([]);
  });

  test("a red flag: no therapy is presented as fine", () => {
    const redFlags: RedFlagAlert = { urgency: "emergency", message: "Call now.", flags: [] };
    const suitability = suitabilityFrom(anAssessment({ redFlags }));
    expect(suitability.status).toBe("red-flags");
    expect(keepSuitable(library, suitability)).toEqual([]);
  });

  test("keeps OK and take care; drops avoid, ask first, and therapies with no verdict", () => {
    const kept = keepSuitable(library, suitabilityFrom(anAssessment()));
    expect(kept.map((therapy) => therapy.id)).toEqual(["swedish-massage", "oncology-massage"]);
  });
});
