import type { SafetyIntake } from "@painplan/core";
import type { LightMyRequestResponse } from "fastify";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { useTestApp } from "../testing/test-app.js";
import {
  allNo,
  completeIntake,
  fieldPaths,
  safetyClient,
  safetyRowCounts,
} from "./testing/safety-client.js";

const testApp = useTestApp();

const intakeOf = (response: LightMyRequestResponse) =>
  response.json<{ intake: SafetyIntake }>().intake;

describe("safety intake", () => {
  it("before the first save: an empty in-progress intake, nothing answered", async () => {
    const safety = safetyClient(await signedInPatient(testApp));
    const response = await safety.getIntake();
    expect(response.statusCode).toBe(200);
    expect(intakeOf(response)).toEqual({
      version: null,
      status: "in-progress",
      answers: {},
      preferences: {},
      savedAt: null,
    });
  });

  it("saves half-way: unanswered questions stay unanswered, never a default no", async () => {
    const safety = safetyClient(await signedInPatient(testApp));
    const saved = await safety.saveIntake({
      status: "in-progress",
      answers: { bloodThinners: "yes", epilepsy: null },
      preferences: {},
    });
    expect(saved.statusCode).toBe(200);
    const intake = intakeOf(await safety.getIntake());
    expect(intake).toMatchObject({
      version: 1,
      status: "in-progress",
      savedAt: "2026-03-29T00:30:00.000Z",
    });
    expect(intake.answers).toEqual({ bloodThinners: "yes", epilepsy: null });
    expect(intake.answers.pregnancy).toBeUndefined();
  });

  it("keeps every version: each save is a new one, the old ones stay readable", async () => {
    const safety = safetyClient(await signedInPatient(testApp));
    await safety.saveIntake({
      status: "in-progress",
      answers: { pregnancy: "no" },
      preferences: {},
    });
    testApp.clock.advance(60_000);
    const second = await safety.saveIntake(completeIntake);
    expect(intakeOf(second)).toMatchObject({ version: 2, status: "complete" });

    const versions = await safety.versions();
    expect(versions.json()).toEqual({
      versions: [
        { version: 2, status: "complete", savedAt: "2026-03-29T00:31:00.000Z" },
        { version: 1, status: "in-progress", savedAt: "2026-03-29T00:30:00.000Z" },
      ],
    });
    expect(intakeOf(await safety.version(1)).answers).toEqual({ pregnancy: "no" });
    expect(intakeOf(await safety.getIntake()).version).toBe(2);
    expect((await safety.version(3)).statusCode).toBe(404);
    testApp.clock.set(new Date("2026-03-29T00:30:00.000Z"));
  });

  it("numbers saves sent at the same time one after another, without losing one", async () => {
    const person = await signedInPatient(testApp);
    const safety = safetyClient(person);
    const responses = await Promise.all([1, 2, 3, 4].map(() => safety.saveIntake(completeIntake)));
    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200, 200]);
    const versions = (await safety.versions()).json<{ versions: { version: number }[] }>();
    expect(versions.versions.map((entry) => entry.version)).toEqual([4, 3, 2, 1]);
  });

  it("keeps versions per person: another person's saves do not number mine", async () => {
    const first = safetyClient(await signedInPatient(testApp));
    const second = safetyClient(await signedInPatient(testApp));
    await first.saveIntake(completeIntake);
    await second.saveIntake(completeIntake);
    expect(intakeOf(await second.getIntake()).version).toBe(1);
  });
});

describe("safety intake refuses bad input with field errors and writes nothing", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    [
      "contradiction: no surgery, with a surgery date",
      {
        ...completeIntake,
        answers: { ...allNo, recentSurgery: "no", recentSurgeryDate: "2026-03-01" },
      },
      "answers.recentSurgeryDate",
    ],
    [
      "a surgery date in the future",
      {
        ...completeIntake,
        answers: {
          ...allNo,
          recentSurgery: "yes",
          recentSurgeryRegionIds: ["abdomen"],
          recentSurgeryDate: "2026-04-15",
        },
      },
      "answers.recentSurgeryDate",
    ],
    [
      "complete, with a question missing",
      { ...completeIntake, answers: { ...allNo, pregnancy: undefined } },
      "answers.pregnancy",
    ],
    [
      "complete, with a red flag unanswered",
      {
        ...completeIntake,
        answers: { ...allNo, redFlags: { ...allNo.redFlags, "self-harm-thoughts": null } },
      },
      "answers.redFlags.self-harm-thoughts",
    ],
    [
      "complete, without a pressure preference",
      { ...completeIntake, preferences: { discomfortSignal: "I will say stop." } },
      "preferences.pressurePreference",
    ],
    [
      "an unknown body region",
      { ...completeIntake, answers: { ...allNo, reducedSensationRegionIds: ["tail"] } },
      "answers.reducedSensationRegionIds.0",
    ],
    [
      "an answer that is not yes, no or not sure",
      { ...completeIntake, answers: { ...allNo, epilepsy: "maybe" } },
      "answers.epilepsy",
    ],
    [
      "an unknown question",
      { ...completeIntake, answers: { ...allNo, likesCats: "yes" } },
      "answers",
    ],
    ["an unknown status", { ...completeIntake, status: "done" }, "status"],
    [
      "a malformed date",
      { ...completeIntake, answers: { ...allNo, recentSurgeryDate: "1 March" } },
      "answers.recentSurgeryDate",
    ],
  ];
  for (const [title, body, field] of cases) {
    it(title, async () => {
      const person = await signedInPatient(testApp);
      const safety = safetyClient(person);
      const response = await safety.saveIntake(body);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: "validation_failed" } });
      expect(fieldPaths(response)).toContain(field);
      expect(await safetyRowCounts(testApp, person.user.id)).toEqual({ intakes: 0, checks: 0 });
    });
  }

  it("another person cannot save my intake: 404, nothing written", async () => {
    const owner = await signedInPatient(testApp);
    const stranger = await signedInPatient(testApp);
    const response = await stranger.client.request(
      "PUT",
      `/api/users/${owner.user.id}/safety-intake`,
      completeIntake,
    );
    expect(response.statusCode).toBe(404);
    expect(await safetyRowCounts(testApp, owner.user.id)).toEqual({ intakes: 0, checks: 0 });
  });
});
