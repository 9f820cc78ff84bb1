import type {
  careTeamEndpoints,
  DiarySummary,
  PlanProposal,
  QuestionnaireResponse,
} from "@painplan/core";
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { planWithItem } from "../../plan/testing/plans.js";
import {
  allScopes,
  anInvitationBody,
  invite,
  joinCareTeam,
  signedInPractitioner,
} from "../../testing/care-team.js";
import { answerDn4Interview, dn4Examination, withDn4Installed } from "../../testing/dn4.js";
import { ownerOnly, signedIn, type Cell, type Row } from "./matrix-row.js";

const ownerParams = ({ owner }: Cell) => ({ params: { userId: owner.user.id } });

/** An invitation by e-mail, made by the owner first, so only the caller decides the answer. */
async function ownerMember(cell: Cell) {
  const { member } = await invite(cell.owner);
  return { params: { userId: cell.owner.user.id, memberId: member.id } };
}

/** The owner's plan item, the change a practitioner proposes for it. */
async function proposalBody(cell: Cell) {
  const { plan, item } = await planWithItem(cell.owner);
  return {
    planId: plan.id,
    itemId: item.id,
    change: { pressure: "light", notes: "Weekly, lighter pressure." },
    reason: "Less soreness the day after.",
  };
}

/** A proposal made by a practitioner of the owner's care team (plan scope). */
async function ownerProposal(cell: Cell) {
  const practitioner = await signedInPractitioner(cell.testApp);
  await joinCareTeam(cell.owner, practitioner, { ...allScopes, plan: true });
  const url = `/api/users/${cell.owner.user.id}/care-team/proposals`;
  const proposed = await practitioner.client.post(url, await proposalBody(cell));
  if (proposed.statusCode !== 201) throw new Error(`propose failed: ${proposed.body}`);
  const { id } = proposed.json<PlanProposal>();
  return { params: { userId: cell.owner.user.id, proposalId: id } };
}

/**
 * Rows for the care team. The person's settings and decisions are owner-only; the diary summary,
 * proposals and DN4 are care-team kinds (a practitioner with that scope reaches them; see the
 * matrix's consent readers). Accepting an invitation is a practitioner's.
 */
export const careTeamRows = {
  getCareTeam: { call: ownerParams, expected: ownerOnly(200) },
  inviteToCareTeam: {
    call: (cell) => ({
      ...ownerParams(cell),
      body: anInvitationBody(),
    }),
    expected: ownerOnly(201),
  },
  changeCareTeamScopes: {
    call: async (cell) => ({
      ...(await ownerMember(cell)),
      body: { scopes: { ...allScopes, instruments: false } },
    }),
    expected: ownerOnly(200),
  },
  revokeCareTeamMember: { call: ownerMember, expected: ownerOnly(200) },
  acceptCareTeamInvitation: {
    call: async (cell) => ({ body: { token: (await invite(cell.owner)).token } }),
    // Only a practitioner account joins a care team; patients and admins are refused.
    expected: { anonymous: 401, owner: 403, other: 403, practitioner: 200, admin: 403 },
  },
  listCareTeamClients: { call: () => ({}), expected: signedIn(200) },
  getDiarySummary: {
    call: ownerParams,
    expected: ownerOnly(200),
    checkBody: (response, { owner, ownerToday }) => {
      const summary = response.json<DiarySummary>();
      expect(summary.displayName).toBe(owner.user.displayName);
      expect(summary.timeZone).toBe(owner.user.timeZone);
      expect(summary.localDate).toBe(ownerToday);
      expect(summary.weeks.at(-1)?.to).toBe(ownerToday);
    },
  },
  listPlanProposals: { call: ownerParams, expected: ownerOnly(200) },
  proposePlanChange: {
    call: async (cell) => ({ ...ownerParams(cell), body: await proposalBody(cell) }),
    // The person changes their own plan directly; proposals are a practitioner's.
    expected: { anonymous: 401, owner: 403, other: 404, practitioner: 404, admin: 404 },
    granted: 201,
    checkBody: (response, { reader }) => {
      const proposal = response.json<PlanProposal>();
      expect(proposal.proposedBy.userId).toBe(reader.user.id);
      expect(proposal.status).toBe("pending");
    },
  },
  decidePlanProposal: {
    call: async (cell) => ({ ...(await ownerProposal(cell)), body: { decision: "decline" } }),
    expected: ownerOnly(200),
  },
  listDn4ForCareTeam: { call: ownerParams, expected: ownerOnly(200) },
  enterDn4Examination: {
    call: async (cell) => {
      await withDn4Installed(cell.testApp);
      await answerDn4Interview(cell.owner);
      return {
        ...ownerParams(cell),
        body: { answers: dn4Examination, idempotencyKey: randomUUID() },
      };
    },
    // The examination items are a clinician's: the person cannot enter them for themself.
    expected: { anonymous: 401, owner: 403, other: 404, practitioner: 404, admin: 404 },
    granted: 201,
    checkBody: (response) => {
      const saved = response.json<QuestionnaireResponse>();
      expect(saved.result.form).toBe("full");
      expect(saved.result.score).toBe(5);
    },
  },
} satisfies { [name in keyof typeof careTeamEndpoints]: Row };
