import type { DueFollowUps, FollowUp, TherapySession } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { fieldPaths } from "../safety/testing/safety-client.js";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { race, statusCounts } from "../testing/race.js";
import { testStart, useTestApp } from "../testing/test-app.js";
import { aSessionLog, logSession, sessionRowCounts, sessionsUrl } from "./testing/sessions.js";

const testApp = useTestApp();

describe("sessions: follow-ups", () => {
  const answerUrl = (person: SignedInClient, sessionId: string, dueAfter = "24h") =>
    sessionsUrl(person, `/${sessionId}/follow-ups/${dueAfter}`);

  it("shows the due one in Today; answering twice the same is idempotent, differently is 409", async () => {
    const person = await signedInPatient(testApp);
    const session = await logSession(person);
    const due = (
      await person.client.get(sessionsUrl(person, "/follow-ups/due"))
    ).json<DueFollowUps>();
    expect(due.followUps).toMatchObject([
      { sessionId: session.id, dueAfter: "24h", title: "Swedish massage", painBefore: 6 },
    ]);
    const answer = { painNow: 4, comparedWithBefore: "better", note: "Walked further." };
    const first = await person.client.request("PUT", answerUrl(person, session.id), answer);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<FollowUp>().answer).toMatchObject({
      painNow: 4,
      comparedWithBefore: "better",
      answeredAt: testStart.toISOString(),
      isLate: false,
    });
    const again = await person.client.request("PUT", answerUrl(person, session.id), answer);
    expect(again.json<FollowUp>()).toEqual(first.json<FollowUp>());
    const other = await person.client.request("PUT", answerUrl(person, session.id), {
      ...answer,
      painNow: 7,
    });
    expect(other.statusCode).toBe(409);
    expect(fieldPaths(other)).toEqual(["dueAfter"]);
    expect(
      (await person.client.get(sessionsUrl(person, "/follow-ups/due"))).json<DueFollowUps>()
        .followUps,
    ).toEqual([]);
  });

  it("refuses one not due yet (409) and one of someone else's session (404)", async () => {
    const person = await signedInPatient(testApp);
    const session = await logSession(person);
    const early = await person.client.request("PUT", answerUrl(person, session.id, "48h"), {
      painNow: 4,
      comparedWithBefore: "same",
    });
    expect(early.statusCode).toBe(409);
    const stranger = await signedInPatient(testApp);
    const theirs = await stranger.client.request(
      "PUT",
      `/api/users/${stranger.user.id}/sessions/${session.id}/follow-ups/24h`,
      { painNow: 4, comparedWithBefore: "same" },
    );
    expect(theirs.statusCode).toBe(404);
  });

  it("keeps a late answer with its real time", async () => {
    const person = await signedInPatient(testApp);
    const session = await logSession(person, aSessionLog({}, 60));
    const late = await person.client.request("PUT", answerUrl(person, session.id), {
      painNow: 5,
      comparedWithBefore: "worse",
    });
    expect(late.json<FollowUp>().answer).toMatchObject({
      answeredAt: testStart.toISOString(),
      isLate: true,
    });
  });

  it("races: one answer kept among 20 different ones; 20 identical logs make one session", async () => {
    const person = await signedInPatient(testApp);
    const session = await logSession(person);
    const answers = await race((index) =>
      person.client.request("PUT", answerUrl(person, session.id), {
        painNow: 4,
        comparedWithBefore: "same",
        note: `answer ${index.toString()}`,
      }),
    );
    expect(statusCounts(answers)[200]).toBe(1);
    const body = aSessionLog();
    const logs = await race(() => person.client.post(sessionsUrl(person), body));
    expect(new Set(logs.map((r) => r.json<TherapySession>().id)).size).toBe(1);
    expect(await sessionRowCounts(testApp, person.user.id)).toEqual({ sessions: 2, followUps: 4 });
  });
});
