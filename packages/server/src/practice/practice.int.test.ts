import type {
  Consistency,
  ErrorBody,
  Practice,
  PracticeLogEntry,
  PracticeSuggestion,
  Routine,
  WeeklyTarget,
} from "@painplan/core";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aPainEntry, recordPainEntry } from "../testing/pain-entries.js";
import { aPainProfile } from "../testing/pain-profiles.js";
import { race, statusCounts } from "../testing/race.js";
import { testStart, useTestApp } from "../testing/test-app.js";
import {
  allNo,
  completeIntake,
  fieldPaths,
  safetyClient,
} from "../safety/testing/safety-client.js";
import { createPlan } from "../plan/testing/plans.js";
import { practiceMinutes } from "./practice-minutes.js";
import { aPracticeLog, countPracticeLog, practiceClient } from "./testing/practice-client.js";

const testApp = useTestApp();
const dayMs = 86_400_000;
const ago = (ms: number) => new Date(testStart.getTime() - ms);

async function withProfile(person: SignedInClient) {
  const profile = aPainProfile()
    .withRegions(
      { regionId: "left-sole", intensity: 6, qualities: ["burning"] },
      { regionId: "right-sole", intensity: 0, qualities: [] },
    )
    .build();
  const saved = await person.client.request(
    "PUT",
    `/api/users/${person.user.id}/pain-profile`,
    profile,
  );
  expect(saved.statusCode).toBe(200);
}

describe("practice: today's suggestion (owner's local day, Europe/Paris)", () => {
  it("starts small at 3 minutes of paced breathing", async () => {
    const practice = practiceClient(await signedInPatient(testApp));
    const response = await practice.today();
    expect(response.statusCode).toBe(200);
    expect(response.json<PracticeSuggestion>()).toMatchObject({
      date: "2026-03-29",
      kind: "paced-breathing",
      practiceId: "paced-breathing",
      minutes: 3,
      isFlareDay: false,
    });
  });

  it("grows by one minute after an easy practice yesterday, and keeps its kind", async () => {
    const practice = practiceClient(await signedInPatient(testApp));
    const body = aPracticeLog(ago(dayMs), {
      kind: "body-scan",
      practiceId: "body-scan",
      effort: "easy",
    });
    expect((await practice.log(body)).statusCode).toBe(201);
    expect((await practice.today()).json<PracticeSuggestion>()).toMatchObject({
      kind: "body-scan",
      minutes: 4,
    });
  });

  it("suggests less, gently, on a flare day read from the diary, and excuses the day", async () => {
    const person = await signedInPatient(testApp);
    for (const days of [1, 2, 3]) {
      await recordPainEntry(
        person,
        aPainEntry()
          .withIntensity(3)
          .at(ago(days * dayMs).toISOString())
          .build(),
      );
    }
    await recordPainEntry(
      person,
      aPainEntry().withIntensity(8).at(ago(60_000).toISOString()).build(),
    );
    const practice = practiceClient(person);
    expect((await practice.today()).json<PracticeSuggestion>()).toMatchObject({
      kind: "paced-breathing",
      minutes: 1,
      isFlareDay: true,
    });
    const consistency = (await practice.consistency("?days=7")).json<Consistency>();
    expect(consistency).toMatchObject({
      to: "2026-03-29",
      practiceDays: 0,
      excusedDays: 1,
      countedDays: 6,
    });
  });
});

describe("practice: body scan and routine for the owner", () => {
  it("builds the body scan from the pain profile: the burning sole last and gentle, or skipped", async () => {
    const person = await signedInPatient(testApp);
    await withProfile(person);
    const practice = practiceClient(person);
    const response = await practice.bodyScan(
      "?minutes=3&regionIds=left-sole,left-toes,right-sole,face",
    );
    expect(response.statusCode).toBe(200);
    const scan = response.json<Practice>();
    const covered = scan.steps.flatMap((step) => step.regionIds ?? []);
    expect([...covered].sort()).toEqual(["face", "left-sole", "left-toes", "right-sole"]);
    expect(scan.steps.at(-2)).toMatchObject({ regionIds: ["left-sole"], isGentle: true });
    expect(scan.steps.reduce((sum, step) => sum + step.seconds, 0)).toBe(180);
    const skipped = (await practice.bodyScan("?minutes=3&painfulRegions=skip")).json<Practice>();
    expect(skipped.steps.flatMap((step) => step.regionIds ?? [])).not.toContain("left-sole");
  });

  it("gives a chair and wall routine to a person with poor balance", async () => {
    const person = await signedInPatient(testApp);
    const saved = await safetyClient(person).saveIntake({
      ...completeIntake,
      answers: { ...allNo, fallsOrPoorBalance: "yes" },
    });
    expect(saved.statusCode).toBe(200);
    const response = await practiceClient(person).routine("?minutes=10");
    expect(response.statusCode).toBe(200);
    const routine = response.json<Routine>();
    expect(routine.poses.length).toBeGreaterThan(2);
    expect(routine.poses.every((pose) => pose.variant !== "standard")).toBe(true);
    expect(routine.leftOut.map((pose) => pose.poseId)).toContain("yoga-tree");
  });

  it("answers a person without a safety intake with an empty routine and the reason, not an error", async () => {
    const response = await practiceClient(await signedInPatient(testApp)).routine("?minutes=5");
    expect(response.statusCode).toBe(200);
    const routine = response.json<Routine>();
    expect(routine.poses).toEqual([]);
    expect(routine.shorterReason).toMatch(/no yoga pose/);
  });
});

describe("practice log", () => {
  it("records a practice with pain before and after and lists it, newest first", async () => {
    const person = await signedInPatient(testApp);
    const practice = practiceClient(person);
    await practice.log(aPracticeLog(ago(2 * dayMs)));
    const body = aPracticeLog(ago(60_000), {
      painBefore: 6,
      painAfter: 4,
      howItFelt: "  Calmer.  ",
      isFlareDay: false,
    });
    const created = await practice.log(body);
    expect(created.statusCode).toBe(201);
    expect(created.json<PracticeLogEntry>()).toMatchObject({
      localDate: "2026-03-29",
      painBefore: 6,
      painAfter: 4,
      howItFelt: "Calmer.",
      isFlareDay: false,
      poseIds: [],
    });
    const items = (await practice.recent()).json<{ items: PracticeLogEntry[] }>().items;
    expect(items.map((item) => item.localDate)).toEqual(["2026-03-29", "2026-03-27"]);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const person = await signedInPatient(testApp);
    const practice = practiceClient(person);
    const ended = ago(60_000);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...aPracticeLog(ended), practiceId: "sun-salutation" }, "practiceId"],
      [
        {
          ...aPracticeLog(ended),
          kind: "yoga-routine",
          practiceId: "gentle-yoga-5",
          poseIds: ["yoga-headstand"],
        },
        "poseIds.0",
      ],
      [aPracticeLog(ended, { secondsDone: 59 }), "secondsDone"],
      [aPracticeLog(ended, { secondsDone: 3601 }), "secondsDone"],
      [aPracticeLog(ended, { painBefore: 11 }), "painBefore"],
      [aPracticeLog(ended, { painAfter: -1 }), "painAfter"],
      [aPracticeLog(new Date(testStart.getTime() + 3_600_000)), "endedAt"],
      [{ ...aPracticeLog(ended), kind: "body-scan" }, "practiceId"],
      [{ ...aPracticeLog(ended), poseIds: ["yoga-cat-cow"] }, "poseIds"],
      [{ ...aPracticeLog(ended), startedAt: ago(90_000).toISOString() }, "secondsDone"],
    ];
    for (const [body, path] of cases) {
      const response = await practice.log(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldPaths(response), JSON.stringify(body)).toContain(path);
    }
    const badQueries = ["?minutes=0", "?minutes=21", "?regionIds=left-wing"];
    for (const query of badQueries) expect((await practice.bodyScan(query)).statusCode).toBe(400);
    expect((await practice.routine("?minutes=7")).statusCode).toBe(400);
    expect((await practice.setTarget({ minutesPerWeek: 0, daysPerWeek: 8 })).statusCode).toBe(400);
    expect(await countPracticeLog(testApp, person.user.id)).toBe(0);
    expect((await practice.target()).json<WeeklyTarget>().updatedAt).toBeNull();
  });

  it("keeps 20 concurrent logs with their own keys (each is a practice), never a 500", async () => {
    const person = await signedInPatient(testApp);
    const practice = practiceClient(person);
    const responses = await race(() =>
      practice.log({ ...aPracticeLog(ago(60_000)), idempotencyKey: randomUUID() }),
    );
    expect(statusCounts(responses)[201]).toBe(responses.length);
    expect(await countPracticeLog(testApp, person.user.id)).toBe(responses.length);
  });

  it("a log sent again with its key (the answer was lost) is the first entry, not a second", async () => {
    const person = await signedInPatient(testApp);
    const practice = practiceClient(person);
    const body = { ...aPracticeLog(ago(60_000), { painAfter: 3 }), idempotencyKey: randomUUID() };
    const first = await practice.log(body);
    const retry = await practice.log(body);
    expect([first.statusCode, retry.statusCode]).toEqual([201, 201]);
    expect(retry.json<PracticeLogEntry>()).toEqual(first.json<PracticeLogEntry>());
    expect(await countPracticeLog(testApp, person.user.id)).toBe(1);
  });

  it("another log under a used key is 409 idempotency_key_reused and writes nothing", async () => {
    const person = await signedInPatient(testApp);
    const practice = practiceClient(person);
    const idempotencyKey = randomUUID();
    await practice.log({ ...aPracticeLog(ago(60_000)), idempotencyKey });
    const other = await practice.log({
      ...aPracticeLog(ago(60_000), { painAfter: 2 }),
      idempotencyKey,
    });
    expect(other.statusCode).toBe(409);
    expect(other.json<ErrorBody>().error).toMatchObject({
      code: "idempotency_key_reused",
      details: { fields: [{ path: "idempotencyKey" }] },
    });
    expect(await countPracticeLog(testApp, person.user.id)).toBe(1);
  });
});

describe("weekly target and consistency", () => {
  it("starts at 15 minutes on 5 days, saves a new target, and settles concurrent saves", async () => {
    const practice = practiceClient(await signedInPatient(testApp));
    expect((await practice.target()).json<WeeklyTarget>()).toEqual({
      minutesPerWeek: 15,
      daysPerWeek: 5,
      updatedAt: null,
    });
    const responses = await race((index) =>
      practice.setTarget({ minutesPerWeek: 20 + (index % 2), daysPerWeek: 4 }),
    );
    expect(statusCounts(responses)[200]).toBe(responses.length);
    const saved = (await practice.target()).json<WeeklyTarget>();
    expect([20, 21]).toContain(saved.minutesPerWeek);
    expect(saved.updatedAt).toBe(testStart.toISOString());
  });

  it("counts practised days and this week's minutes (the week starts on Monday 23 March)", async () => {
    const practice = practiceClient(await signedInPatient(testApp));
    await practice.log(aPracticeLog(ago(60_000), { secondsDone: 300 }));
    await practice.log(aPracticeLog(ago(2 * dayMs), { secondsDone: 240 }));
    await practice.log(aPracticeLog(ago(8 * dayMs), { secondsDone: 600 }));
    const consistency = (await practice.consistency("?days=14")).json<Consistency>();
    expect(consistency).toMatchObject({
      from: "2026-03-16",
      to: "2026-03-29",
      practiceDays: 3,
      countedDays: 14,
      excusedDays: 0,
      minutesThisWeek: 9,
    });
    expect(consistency.summary).not.toMatch(/streak/i);
  });
});

describe("plan pauses excuse practice days (issue 11's pause for a flare)", () => {
  it("does not count the paused days of the person's plan", async () => {
    const person = await signedInPatient(testApp);
    const practice = practiceClient(person);
    const plan = await createPlan(person);
    const paused = await person.client.post(`/api/users/${person.user.id}/plans/${plan.id}/pause`, {
      expectedVersion: plan.version,
      pause: { from: "2026-03-26", until: "2026-03-28", reason: "flare" },
      proposedBy: "me",
    });
    expect(paused.statusCode, paused.body).toBe(200);
    await practice.log(aPracticeLog(ago(60_000), { secondsDone: 300 }));
    const consistency = (await practice.consistency("?days=14")).json<Consistency>();
    expect(consistency).toMatchObject({ practiceDays: 1, countedDays: 11, excusedDays: 3 });
  });
});

describe("practiceMinutesBetween (for plan goals)", () => {
  it("adds up the minutes of practices that started in [from, to)", async () => {
    const person = await signedInPatient(testApp);
    const practice = practiceClient(person);
    await practice.log(aPracticeLog(ago(60_000), { secondsDone: 90 }));
    await practice.log(aPracticeLog(ago(dayMs), { secondsDone: 300 }));
    const minutes = practiceMinutes(testApp.database.db);
    const from = ago(2 * dayMs).toISOString();
    expect(
      await minutes.practiceMinutesBetween(person.user.id, from, testStart.toISOString()),
    ).toBe(6.5);
    expect(
      await minutes.practiceMinutesBetween(person.user.id, from, ago(3_600_000).toISOString()),
    ).toBe(5);
    const other = await signedInPatient(testApp);
    expect(await minutes.practiceMinutesBetween(other.user.id, from, testStart.toISOString())).toBe(
      0,
    );
  });
});

describe("practice in the OpenAPI document", () => {
  type Operation = { parameters?: { name: string }[]; requestBody?: unknown };
  it("describes every practice path with its queries and bodies", async () => {
    const response = await testApp.client().get("/api/openapi.json");
    const { paths } = response.json<{ paths: Record<string, Record<string, Operation>> }>();
    const base = "/api/users/{userId}/practice";
    expect(Object.keys(paths[`${base}/log`] ?? {}).sort()).toEqual(["get", "post"]);
    expect(Object.keys(paths[`${base}/weekly-target`] ?? {}).sort()).toEqual(["get", "put"]);
    const scan = paths[`${base}/body-scan`]?.["get"];
    expect(scan?.parameters?.map((parameter) => parameter.name)).toEqual(
      expect.arrayContaining(["minutes", "painfulRegions", "regionIds", "userId"]),
    );
    expect(paths[`${base}/routine`]?.["get"]?.parameters?.map((p) => p.name)).toContain("minutes");
    expect(paths[`${base}/log`]?.["post"]?.requestBody).toBeDefined();
    expect(paths[`${base}/today`]?.["get"]).toBeDefined();
    expect(paths[`${base}/consistency`]?.["get"]).toBeDefined();
  });
});
