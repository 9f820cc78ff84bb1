import { userIdParamsSchema } from "../api/path-params.schema.js";
import { healthRecord, type Endpoint } from "../api/endpoint.js";
import { questionnaireResponseSchema } from "../questionnaires/questionnaire-response.schema.js";
import { z } from "zod";
import {
  acceptCareTeamInvitationRequestSchema,
  careTeamClientSchema,
  careTeamClientsResponseSchema,
  careTeamInvitationSchema,
  careTeamMemberParamsSchema,
  careTeamMemberSchema,
  careTeamResponseSchema,
  changeCareTeamScopesRequestSchema,
  decidePlanProposalRequestSchema,
  diarySummarySchema,
  dn4ExaminationRequestSchema,
  inviteToCareTeamRequestSchema,
  planProposalParamsSchema,
  planProposalSchema,
  planProposalsResponseSchema,
  proposePlanChangeRequestSchema,
} from "./care-team.schema.js";

const base = "/api/users/:userId/care-team";

/**
 * The care team (issue 13): the person invites practitioners with scopes, changes or revokes
 * them (effective at once); a practitioner accepts, sees what was shared, proposes plan changes
 * the person accepts or declines, and enters DN4 examination items. Settings and decisions are
 * the person's alone ("health-records"); what a practitioner reaches has its scope's kind.
 */
export const careTeamEndpoints = {
  getCareTeam: {
    method: "GET",
    path: base,
    record: healthRecord("care-team", { action: "list" }),
    summary: "The person's care team: invitations, members and their scopes, revoked ones.",
    tag: "care-team",
    access: "signed-in",
    successStatus: 200,
    params: userIdParamsSchema,
    response: careTeamResponseSchema,
  },
  inviteToCareTeam: {
    method: "POST",
    path: `${base}/invitations`,
    record: healthRecord("care-team-member"),
    summary:
      "Invite a practitioner (their account, e.g. from the directory, or an e-mail address) with scopes. The single-use code expires after 14 days. A retry with the same idempotencyKey returns the saved invitation (without its code) and sends no second e-mail.",
    tag: "care-team",
    access: "signed-in",
    successStatus: 201,
    params: userIdParamsSchema,
    body: inviteToCareTeamRequestSchema,
    response: careTeamInvitationSchema,
  },
  changeCareTeamScopes: {
    method: "PUT",
    path: `${base}/members/:memberId/scopes`,
    record: healthRecord("care-team-member", { resourceIdParam: "memberId" }),
    summary: "Turn scopes on or off; the next request of the practitioner sees the change.",
    tag: "care-team",
    access: "signed-in",
    successStatus: 200,
    params: careTeamMemberParamsSchema,
    body: changeCareTeamScopesRequestSchema,
    response: careTeamMemberSchema,
  },
  revokeCareTeamMember: {
    method: "DELETE",
    path: `${base}/members/:memberId`,
    record: healthRecord("care-team-member", { resourceIdParam: "memberId" }),
    summary: "Revoke an invitation or a member's access, at once. Revoking twice is the same.",
    tag: "care-team",
    access: "signed-in",
    successStatus: 200,
    params: careTeamMemberParamsSchema,
    response: careTeamMemberSchema,
  },
  acceptCareTeamInvitation: {
    method: "POST",
    path: "/api/care-team/invitations/accept",
    summary:
      "A practitioner accepts an invitation with its code: once, before it expires, and only the practitioner it names (when it names one).",
    tag: "care-team",
    access: "signed-in",
    successStatus: 200,
    body: acceptCareTeamInvitationRequestSchema,
    response: careTeamClientSchema,
  },
  listCareTeamClients: {
    method: "GET",
    path: "/api/care-team/clients",
    summary: "A practitioner's clients: the people whose care team they are in, with the scopes.",
    tag: "care-team",
    access: "signed-in",
    successStatus: 200,
    response: careTeamClientsResponseSchema,
  },
  getDiarySummary: {
    method: "GET",
    path: `${base}/diary-summary`,
    record: healthRecord("diary-summary", { kind: "diary-summary", resourceIdParam: "userId" }),
    summary:
      "Pain over the last four weeks (entries, mean and worst per week) in the person's days.",
    tag: "care-team",
    access: "signed-in",
    successStatus: 200,
    params: userIdParamsSchema,
    response: diarySummarySchema,
  },
  listPlanProposals: {
    method: "GET",
    path: `${base}/proposals`,
    record: healthRecord("plan-proposals", { kind: "plan-proposals", action: "list" }),
    summary: "Plan changes practitioners proposed, newest first, with what became of each.",
    tag: "care-team",
    access: "signed-in",
    successStatus: 200,
    params: userIdParamsSchema,
    response: planProposalsResponseSchema,
  },
  proposePlanChange: {
    method: "POST",
    path: `${base}/proposals`,
    record: healthRecord("plan-proposal", { kind: "plan-proposals" }),
    summary:
      "A practitioner proposes a change to one plan item; nothing changes until the person accepts.",
    tag: "care-team",
    access: "signed-in",
    successStatus: 201,
    params: userIdParamsSchema,
    body: proposePlanChangeRequestSchema,
    response: planProposalSchema,
  },
  decidePlanProposal: {
    method: "POST",
    path: `${base}/proposals/:proposalId/decision`,
    record: healthRecord("plan-proposal", { resourceIdParam: "proposalId" }),
    summary:
      "The person accepts (a new plan version naming who proposed and who accepted) or declines a proposal.",
    tag: "care-team",
    access: "signed-in",
    successStatus: 200,
    params: planProposalParamsSchema,
    body: decidePlanProposalRequestSchema,
    response: planProposalSchema,
  },
  listDn4ForCareTeam: {
    method: "GET",
    path: `${base}/dn4`,
    record: healthRecord("questionnaire-response", { kind: "instruments", action: "list" }),
    summary: "The person's DN4 answers (newest first), for the clinician who examines them.",
    tag: "care-team",
    access: "signed-in",
    successStatus: 200,
    params: userIdParamsSchema,
    response: z.object({ responses: z.array(questionnaireResponseSchema) }),
  },
  enterDn4Examination: {
    method: "POST",
    path: `${base}/dn4-examinations`,
    record: healthRecord("questionnaire-response", { kind: "instruments" }),
    summary:
      "A clinician in the care team enters the three DN4 examination items; with the person's latest interview they make a full DN4 (out of 10).",
    tag: "care-team",
    access: "signed-in",
    successStatus: 201,
    params: userIdParamsSchema,
    body: dn4ExaminationRequestSchema,
    response: questionnaireResponseSchema,
  },
} as const satisfies Record<string, Endpoint>;
