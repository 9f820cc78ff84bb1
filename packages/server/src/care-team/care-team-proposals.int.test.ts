import type { Plan, PlanProposal, PlanVersionSummary, QuestionnaireResponse } from "@painplan/core";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { planWithItem } from "../plan/testing/plans.js";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { allScopes, joinCareTeam, signedInPractitioner } from "../testing/care-team.js";
import {
  answerDn4Interview,
  dn4Examination,
  dn4Interview,
  withDn4Installed,
} from "../testing/dn4.js";
import { race, statusCounts } from "../testing/race.js";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();

const proposalsUrl = (owner: SignedInClient) => `/api/users/${owner.user.id}/care-team/proposals`;

async function proposed(owner: SignedInClient, practitioner: SignedInClient, plan: Plan) {
  const item = plan.items[0];
  if (item === undefined) throw new Error("no item");
  const response = await practitioner.client.post(proposalsUrl(owner), {
    planId: plan.id,
    itemId: item.id,
    change: { pressure: "light", notes: "Weekly, lighter pressure." },
    reason: "Less soreness the day after.",
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<PlanProposal>();
}

describe("plan proposals", () => {
  it("change nothing until the person accepts; the version names who proposed and who accepted", async () => {
    const owner = await signedInPatient(testApp);
    const { plan } = await planWithItem(owner, { pressure: "medium" });
    const practitioner = await signedInPractitioner(testApp);
    await joinCareTeam(owner, practitioner, { ...allScopes, plan: true });
    const proposal = await proposed(owner, practitioner, plan);
    expect(proposal).toMatchObject({
      itemTitle: "Body scan",
      proposedBy: { userId: practitioner.user.id, displayName: practitioner.user.displayName },
      status: "pending",
      planVersion: null,
    });
    const before = (await owner.client.get(`/api/users/${owner.user.id}/plan`)).json<{
      plan: Plan;
    }>();
    expect(before.plan.version).toBe(plan.version);
    expect(before.plan.items[0]?.pressure).toBe("medium");

    const decided = await owner.client.post(`${proposalsUrl(owner)}/${proposal.id}/decision`, {
      decision: "accept",
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const accepted = decided.json<PlanProposal>();
    expect(accepted).toMatchObject({ status: "accepted", planVersion: plan.version + 1 });

    const after = (await owner.client.get(`/api/users/${owner.user.id}/plan`)).json<{
      plan: Plan;
    }>();
    expect(after.plan.items[0]).toMatchObject({
      pressure: "light",
      notes: "Weekly, lighter pressure.",
    });
    const versions = await owner.client.get(
      `/api/users/${owner.user.id}/plans/${plan.id}/versions`,
    );
    const latest = versions
      .json<{ versions: PlanVersionSummary[] }>()
      .versions.find((version) => version.version === plan.version + 1);
    expect(latest).toMatchObject({
      version: plan.version + 1,
      proposedBy: `${practitioner.user.displayName} (care team)`,
      reason: "Less soreness the day after.",
    });
    const row = await testApp.database.db
      .selectFrom("plan_versions")
      .select("actor_id")
      .where("plan_id", "=", plan.id)
      .where("version", "=", plan.version + 1)
      .executeTakeFirstOrThrow();
    expect(row.actor_id).toBe(owner.user.id);

    const twice = await owner.client.post(`${proposalsUrl(owner)}/${proposal.id}/decision`, {
      decision: "decline",
    });
    expect(twice.statusCode).toBe(409);
  });

  it("declined: the plan stays as it was; decided by many at once: one wins", async () => {
    const owner = await signedInPatient(testApp);
    const { plan } = await planWithItem(owner);
    const practitioner = await signedInPractitioner(testApp);
    await joinCareTeam(owner, practitioner, { ...allScopes, plan: true });
    const proposal = await proposed(owner, practitioner, plan);
    const url = `${proposalsUrl(owner)}/${proposal.id}/decision`;
    const responses = await race(
      (index) => owner.client.post(url, { decision: index % 2 === 0 ? "decline" : "accept" }),
      { count: 6 },
    );
    expect(statusCounts(responses)[200]).toBe(1);
    const { proposals } = (await owner.client.get(proposalsUrl(owner))).json<{
      proposals: PlanProposal[];
    }>();
    const final = proposals[0];
    const current = (await owner.client.get(`/api/users/${owner.user.id}/plan`)).json<{
      plan: Plan;
    }>().plan;
    expect(current.version).toBe(final?.status === "accepted" ? plan.version + 1 : plan.version);
  });

  it("refuse an item that is not in the plan, and a bad schedule, with field paths", async () => {
    const owner = await signedInPatient(testApp);
    const { plan } = await planWithItem(owner);
    const practitioner = await signedInPractitioner(testApp);
    await joinCareTeam(owner, practitioner, { ...allScopes, plan: true });
    const missing = await practitioner.client.post(proposalsUrl(owner), {
      planId: plan.id,
      itemId: randomUUID(),
      change: { pressure: "light" },
      reason: "Lighter.",
    });
    expect(missing.statusCode).toBe(404);
    const empty = await practitioner.client.post(proposalsUrl(owner), {
      planId: plan.id,
      itemId: plan.items[0]?.id,
      change: {},
      reason: "Lighter.",
    });
    expect(empty.statusCode).toBe(400);
    const written = await testApp.database.db
      .selectFrom("care_team_proposals")
      .select("id")
      .where("user_id", "=", owner.user.id)
      .execute();
    expect(written).toEqual([]);
  });
});

describe("the DN4 examination by a clinician in the care team", () => {
  const examUrl = (owner: SignedInClient) =>
    `/api/users/${owner.user.id}/care-team/dn4-examinations`;

  it("completes the person's latest interview into a full DN4, marked as entered by them", async () => {
    await withDn4Installed(testApp);
    const owner = await signedInPatient(testApp);
    const clinician = await signedInPractitioner(testApp);
    await joinCareTeam(owner, clinician, { ...allScopes, instruments: true });
    const body = { answers: dn4Examination, idempotencyKey: randomUUID() };

    const tooEarly = await clinician.client.post(examUrl(owner), body);
    expect(tooEarly.statusCode).toBe(409);

    await answerDn4Interview(owner);
    const entered = await clinician.client.post(examUrl(owner), body);
    expect(entered.statusCode, entered.body).toBe(201);
    const response = entered.json<QuestionnaireResponse>();
    expect(response.answers).toEqual({ ...dn4Interview, ...dn4Examination });
    expect(response.result).toMatchObject({ form: "full", score: 5, maximum: 10 });
    const replay = await clinician.client.post(examUrl(owner), body);
    expect(replay.json<QuestionnaireResponse>().id).toBe(response.id);
    const enteredBy = await testApp.database.db
      .selectFrom("care_team_examinations")
      .select("practitioner_id")
      .where("response_id", "=", response.id)
      .executeTakeFirstOrThrow();
    expect(enteredBy.practitioner_id).toBe(clinician.user.id);
  });

  it("refuses interview items, a missing item, the person themself, and a member without the scope", async () => {
    await withDn4Installed(testApp);
    const owner = await signedInPatient(testApp);
    await answerDn4Interview(owner);
    const clinician = await signedInPractitioner(testApp);
    await joinCareTeam(owner, clinician, { ...allScopes, instruments: true });
    const wrong = await clinician.client.post(examUrl(owner), {
      answers: { burning: 1, "touch-hypoaesthesia": 1, brushing: 0 },
      idempotencyKey: randomUUID(),
    });
    expect(wrong.statusCode).toBe(400);
    expect(
      wrong
        .json<{ error: { details: { fields: { path: string }[] } } }>()
        .error.details.fields.map((field) => field.path),
    ).toEqual(["answers.burning", "answers.pinprick-hypoaesthesia"]);
    const own = await owner.client.post(examUrl(owner), {
      answers: dn4Examination,
      idempotencyKey: randomUUID(),
    });
    expect(own.statusCode).toBe(403);
    const withoutScope = await signedInPractitioner(testApp);
    await joinCareTeam(owner, withoutScope, { ...allScopes, instruments: false });
    const refused = await withoutScope.client.post(examUrl(owner), {
      answers: dn4Examination,
      idempotencyKey: randomUUID(),
    });
    expect(refused.statusCode).toBe(404);
  });
});
