import { describe, expect, it } from "vitest";
import { checkAnswers, clinicianOnlyAnswers } from "./check-answers.js";
import { dn4, dn4InterviewLinkIds } from "./definitions/dn4.js";
import { peg } from "./definitions/peg.js";

describe("checkAnswers names the item of every problem", () => {
  it("a missing answer", () => {
    expect(checkAnswers(peg, { pain: 3, enjoyment: 2 })).toEqual([
      { path: "answers.activity", message: "Please answer this question." },
    ]);
  });

  it("a value that is not an option, and an unknown item", () => {
    expect(checkAnswers(peg, { pain: 11, enjoyment: 2, activity: 2, sleep: 4 })).toEqual([
      { path: "answers.sleep", message: "This questionnaire has no such question." },
      { path: "answers.pain", message: "Choose one of the options." },
    ]);
  });

  it("DN4: the examination part is optional as a whole, but not in pieces", () => {
    const interview = Object.fromEntries(dn4InterviewLinkIds.map((linkId) => [linkId, 0]));
    expect(checkAnswers(dn4, interview)).toEqual([]);
    const partial = checkAnswers(dn4, { ...interview, brushing: 1 });
    expect(partial.map((problem) => problem.path)).toEqual([
      "answers.touch-hypoaesthesia",
      "answers.pinprick-hypoaesthesia",
    ]);
  });
});

describe("clinicianOnlyAnswers (DN4 examination items are a clinician's, reference §1.4, §7)", () => {
  const interview = Object.fromEntries(dn4InterviewLinkIds.map((linkId) => [linkId, 0]));

  it("the 7-item interview alone is the patient's form", () => {
    expect(clinicianOnlyAnswers(dn4, interview)).toEqual([]);
  });

  it("names each examination item a patient answered", () => {
    expect(
      clinicianOnlyAnswers(dn4, { ...interview, brushing: 1 }).map((problem) => problem.path),
    ).toEqual(["answers.brushing"]);
  });

  it("other instruments have none", () => {
    expect(clinicianOnlyAnswers(peg, { pain: 3, enjoyment: 2, activity: 2 })).toEqual([]);
  });
});
