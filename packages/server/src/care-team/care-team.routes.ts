import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { CareTeamMembersService } from "./care-team-members.service.js";
import type { CareTeamProposalsService } from "./care-team-proposals.service.js";
import type { CareTeamRecordsService } from "./care-team-records.service.js";

/** The care team's routes; route registration has authorized (and audited) the reader. */
export function careTeamRoutes(
  route: RouteRegistrar,
  services: {
    members: CareTeamMembersService;
    proposals: CareTeamProposalsService;
    records: CareTeamRecordsService;
  },
): void {
  const { members, proposals, records } = services;
  route(endpoints.getCareTeam, ({ owner }) => members.team(owner));
  route(endpoints.inviteToCareTeam, ({ owner, body }) => members.invite(owner, body));
  route(endpoints.changeCareTeamScopes, ({ owner, params, body }) =>
    members.changeScopes(owner, params.memberId, body.scopes),
  );
  route(endpoints.revokeCareTeamMember, ({ owner, params }) =>
    members.revoke(owner, params.memberId),
  );
  route(endpoints.acceptCareTeamInvitation, ({ reader, body }) =>
    members.accept(reader.user, body.token),
  );
  route(endpoints.listCareTeamClients, ({ reader }) => members.clients(reader.user.id));
  route(endpoints.getDiarySummary, ({ owner }) => records.diarySummary(owner));
  route(endpoints.listPlanProposals, ({ owner }) => proposals.list(owner));
  route(endpoints.proposePlanChange, ({ owner, reader, body }) =>
    proposals.propose(owner, reader, body),
  );
  route(endpoints.decidePlanProposal, ({ owner, params, body }) =>
    proposals.decide(owner, params.proposalId, body.decision),
  );
  route(endpoints.listDn4ForCareTeam, ({ owner }) => records.dn4Responses(owner));
  route(endpoints.enterDn4Examination, ({ owner, reader, body }) =>
    records.enterDn4Examination(owner, reader, body),
  );
}
