import type { PreSessionCheckResult, SafetyAssessment, SafetySheet } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { testStart, useTestApp } from "../testing/test-app.js";
import { pdfPageCount, pdfText } from "../pdf/testing/poppler.js";
import {
  allNo,
  allNoBeforeReview,
  completeIntake,
  fieldPaths,
  safetyClient,
  safetyRowCounts,
} from "./testing/safety-client.js";

const testApp = useTestApp();

const calm = { hasFever: "no", hasNewWound: "no", bloodThinnersChanged: "no", newRedFlagIds: [] };

async function personWithIntake(answers: Record<string, unknown> = {}) {
  const person = await signedInPatient(testApp);
  const safety = safetyClient(person);
  const saved = await safety.saveIntake({ ...completeIntake, answers: { ...allNo, ...answers } });
  if (saved.statusCode !== 200) throw new Error(`save failed: ${saved.body}`);
  return { person, safety };
}

describe("safety assessment", () => {
  it("gives verdicts per therapy and per area from the current intake", async () => {
    const { safety } = await personWithIntake({
      bloodThinners: "yes",
      bloodThinnerNames: "warfarin",
    });
    const response = await safety.assessment();
    expect(response.statusCode).toBe(200);
    const assessment = response.json<SafetyAssessment>();
    const level = (id: string) =>
      assessment.therapies.find((entry) => entry.therapyId === id)?.level;
    expect(level("deep-tissue-massage")).toBe("avoid");
    expect(level("swedish-massage")).toBe("caution");
    expect(level("body-scan")).toBe("ok");
    expect(assessment.areas.map((area) => area.regionId)).toEqual(["left-sole", "right-sole"]);
    expect(assessment).toMatchObject({
      intakeVersion: 1,
      openQuestions: [],
      redFlags: { urgency: "none" },
    });
  });

  it("asks first everywhere a question matters before any intake", async () => {
    const safety = safetyClient(await signedInPatient(testApp));
    const assessment = (await safety.assessment()).json<SafetyAssessment>();
    expect(assessment.intakeVersion).toBeNull();
    const massage = assessment.therapies.filter((entry) => entry.kind === "massage");
    expect(massage.every((entry) => entry.level === "ask-provider-first")).toBe(true);
  });

  it("raises red flags with the urgent-care message", async () => {
    const { safety } = await personWithIntake({
      redFlags: { ...allNo.redFlags, "breathlessness-or-chest-pain": "yes" },
    });
    const assessment = (await safety.assessment()).json<SafetyAssessment>();
    expect(assessment.redFlags.urgency).toBe("emergency");
    expect(assessment.redFlags.message).toMatch(/emergency/);
  });
});

describe("an intake saved before the questions of reference §7", () => {
  /** A complete intake whose stored JSON has none of the new keys, as saved before the change. */
  async function personWithOldIntake() {
    const { person, safety } = await personWithIntake();
    await testApp.database.db
      .updateTable("safety_intakes")
      .set({ answers: JSON.stringify(allNoBeforeReview) })
      .where("user_id", "=", person.user.id)
      .execute();
    return safety;
  }

  it("shows the new questions as open, and the therapies they touch as ask first", async () => {
    const safety = await personWithOldIntake();
    const assessment = (await safety.assessment()).json<SafetyAssessment>();
    expect(assessment.openQuestions).toEqual([
      "glucoseLoweringMedicine",
      "heartOrKidneyFailure",
      "dizzyOnStanding",
      "poorLegCirculation",
      "redFlags.foot-sore-with-fever",
      "redFlags.lasting-new-numbness",
      "redFlags.sudden-warm-swollen-foot",
    ]);
    const level = (id: string) =>
      assessment.therapies.find((entry) => entry.therapyId === id)?.level;
    expect(level("manual-lymphatic-drainage")).toBe("ask-provider-first");
    expect(level("exercise")).toBe("ask-provider-first");
    expect(level("body-scan")).toBe("ok");
  });

  it("stops a session the open questions touch, never 'go'", async () => {
    const safety = await personWithOldIntake();
    const response = await safety.preSessionCheck({ therapyId: "yoga-mountain", answers: calm });
    expect(response.statusCode).toBe(201);
    expect(response.json<PreSessionCheckResult>().outcome).toBe("stop");
  });
});

describe("pre-session check", () => {
  it("answers and keeps the result for later session logs", async () => {
    const { person, safety } = await personWithIntake({ bloodThinners: "yes" });
    const response = await safety.preSessionCheck({ therapyId: "swedish-massage", answers: calm });
    expect(response.statusCode).toBe(201);
    const result = response.json<PreSessionCheckResult>();
    expect(result).toMatchObject({
      therapyId: "swedish-massage",
      intakeVersion: 1,
      outcome: "go-with-care",
      checkedAt: "2026-03-29T00:30:00.000Z",
      verdict: { level: "caution" },
    });
    const row = await testApp.database.db
      .selectFrom("pre_session_checks")
      .selectAll()
      .where("user_id", "=", person.user.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      id: result.id,
      outcome: "go-with-care",
      therapy_id: "swedish-massage",
    });
    expect(JSON.parse(row.result)).toEqual(result);
  });

  it("stops for a new red flag and says where to go", async () => {
    const { safety } = await personWithIntake();
    const response = await safety.preSessionCheck({
      therapyId: "yoga-tree",
      answers: { ...calm, newRedFlagIds: ["spreading-weakness"] },
    });
    const result = response.json<PreSessionCheckResult>();
    expect(result.outcome).toBe("stop");
    expect(result.messages[0]).toMatch(/emergency number/);
  });

  const badChecks: [string, unknown, string][] = [
    ["an unknown therapy", { therapyId: "hot-stone-rodeo", answers: calm }, "therapyId"],
    [
      "a missing answer",
      { therapyId: "yoga-tree", answers: { ...calm, hasFever: undefined } },
      "answers.hasFever",
    ],
    [
      "a wound place next to 'no new wound'",
      { therapyId: "yoga-tree", answers: { ...calm, newWoundRegionIds: ["left-knee"] } },
      "answers.newWoundRegionIds",
    ],
    [
      "an unknown red flag",
      { therapyId: "yoga-tree", answers: { ...calm, newRedFlagIds: ["hiccups"] } },
      "answers.newRedFlagIds.0",
    ],
  ];
  for (const [title, body, field] of badChecks) {
    it(`refuses ${title} with a field error, writes nothing`, async () => {
      const { person, safety } = await personWithIntake();
      const response = await safety.preSessionCheck(body);
      expect(response.statusCode, response.body).toBe(400);
      expect(fieldPaths(response)).toContain(field);
      expect(await safetyRowCounts(testApp, person.user.id)).toEqual({ intakes: 1, checks: 0 });
    });
  }
});

describe("safety sheet", () => {
  const sheetAnswers = {
    diabetesFootProblems: "yes",
    implantedDevice: "yes",
    implantedDeviceKinds: ["pacemaker"],
    bloodThinners: "yes",
    bloodThinnerNames: "apixaban",
  };

  it("as data for the print page", async () => {
    const { person, safety } = await personWithIntake(sheetAnswers);
    const response = await safety.sheet();
    expect(response.statusCode).toBe(200);
    expect(response.json<SafetySheet>()).toMatchObject({
      personName: person.user.displayName,
      // Massage, needles and TENS pads on the sore feet; TENS pads on the numb soles (§7 G1).
      areasToAvoid: [
        { text: "Both feet" },
        { text: "Both feet" },
        { text: "Both feet" },
        { text: "Left sole of foot, Right sole of foot" },
      ],
      reducedSensationAreas: { text: "Left sole of foot, Right sole of foot" },
      pressurePreferenceText: "Light pressure",
      medications: ["Takes a blood thinner: apixaban"],
      implantedDevices: ["Pacemaker"],
      discomfortSignal: "I will say stop.",
      emergencyContact: null,
    });
  });

  it("as a one-page PDF, inline, not cached", async () => {
    const { person, safety } = await personWithIntake(sheetAnswers);
    const response = await safety.sheetPdf();
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toMatch(
      /^inline; filename="safety-sheet-2026-03-29.pdf"/,
    );
    expect(response.headers["cache-control"]).toBe("no-store");
    const pdf = response.rawPayload;
    expect(pdfPageCount(pdf)).toBe(1);
    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain(`For ${person.user.displayName}.`);
    expect(text).toContain("Both feet: Rubbing a foot");
    expect(text).toContain("Takes a blood thinner: apixaban");
    expect(text).toContain("Pacemaker");
    expect(text).toContain("I will say stop.");
    expect(text).toContain("not a medical assessment or a diagnosis");
  });
});

describe("the safety sheet's date is the person's", () => {
  it("says the Auckland day, not the UTC one, in the PDF, its file name and the data", async () => {
    // 13:56 UTC on 29 November 2026 is 02:56 on 30 November in Auckland (NZDT, UTC+13).
    testApp.clock.set(new Date("2026-11-29T13:56:00.000Z"));
    const person = await signedInPatient(
      testApp,
      undefined,
      aRegistration().withTimeZone("Pacific/Auckland").build(),
    );
    const safety = safetyClient(person);
    await safety.saveIntake({ ...completeIntake, answers: allNo });
    const response = await safety.sheetPdf();
    expect(response.headers["content-disposition"]).toMatch(
      /filename="safety-sheet-2026-11-30.pdf"/,
    );
    const text = pdfText(response.rawPayload).replace(/\s+/g, " ");
    expect(text).toContain("Made on 30 November 2026");
    expect(text).not.toContain("29 November");
    expect((await safety.sheet()).json<SafetySheet>().generatedOn).toBe("2026-11-30");
    testApp.clock.set(testStart);
  });
});

describe("the safety area in the OpenAPI document", () => {
  it("describes every safety path, with the intake and check bodies", async () => {
    const response = await testApp.client().get("/api/openapi.json");
    expect(response.statusCode).toBe(200);
    const { paths } = response.json<{ paths: Record<string, Record<string, object>> }>();
    const base = "/api/users/{userId}";
    expect(Object.keys(paths[`${base}/safety-intake`] ?? {}).sort()).toEqual(["get", "put"]);
    for (const path of [
      "safety-intake/versions",
      "safety-intake/versions/{version}",
      "safety/assessment",
      "safety/sheet",
      "safety/sheet.pdf",
    ]) {
      expect(Object.keys(paths[`${base}/${path}`] ?? {})).toEqual(["get"]);
    }
    expect(paths[`${base}/safety/pre-session-check`]?.["post"]).toHaveProperty("requestBody");
    expect(JSON.stringify(paths[`${base}/safety-intake`])).toContain("reducedSensationRegionIds");
  });
});
