import {
  accountsEndpoints,
  careTeamEndpoints,
  planEndpoints,
  safetyEndpoints,
  type CareTeamScopeSet,
  type ProposePlanChangeRequest,
} from "@painplan/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../api/call-api";
import { useSignedInUser } from "../accounts/signed-in-user";

/** Every care-team query of a person starts with this key; a change refreshes them all. */
const careTeamKey = (userId: string) => ["care-team", userId] as const;

/** The signed-in person's care team. */
export function useCareTeam() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...careTeamKey(userId), "members"],
    queryFn: ({ signal }) => callApi(careTeamEndpoints.getCareTeam, { params: { userId }, signal }),
  });
}

export function useInvite() {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      idempotencyKey: string;
      practitionerId?: string;
      email?: string;
      scopes: CareTeamScopeSet;
    }) => callApi(careTeamEndpoints.inviteToCareTeam, { params: { userId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: careTeamKey(userId) }),
  });
}

export function useChangeScopes() {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { memberId: string; scopes: CareTeamScopeSet }) =>
      callApi(careTeamEndpoints.changeCareTeamScopes, {
        params: { userId, memberId: change.memberId },
        body: { scopes: change.scopes },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: careTeamKey(userId) }),
  });
}

export function useRevoke() {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) =>
      callApi(careTeamEndpoints.revokeCareTeamMember, { params: { userId, memberId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: careTeamKey(userId) }),
  });
}

/** Who else read the person's records, newest first. */
export function useAccessLog() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...careTeamKey(userId), "access-log"],
    queryFn: ({ signal }) =>
      callApi(accountsEndpoints.getAccessLog, { params: { userId }, signal }),
  });
}

/** Plan changes proposed for `ownerId` (the person's own, or a client's). */
export function useProposals(ownerId: string) {
  return useQuery({
    queryKey: [...careTeamKey(ownerId), "proposals"],
    queryFn: ({ signal }) =>
      callApi(careTeamEndpoints.listPlanProposals, { params: { userId: ownerId }, signal }),
  });
}

export function useDecideProposal() {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: { proposalId: string; decision: "accept" | "decline" }) =>
      callApi(careTeamEndpoints.decidePlanProposal, {
        params: { userId, proposalId: decision.proposalId },
        body: { decision: decision.decision },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: careTeamKey(userId) });
      await queryClient.invalidateQueries({ queryKey: ["plan", userId] });
    },
  });
}

// ---------------------------------------------------------------------------------------------
// The practitioner's side

export function useAcceptInvitation() {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      callApi(careTeamEndpoints.acceptCareTeamInvitation, { body: { token } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: careTeamKey(userId) }),
  });
}

export function useClients() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...careTeamKey(userId), "clients"],
    queryFn: ({ signal }) => callApi(careTeamEndpoints.listCareTeamClients, { signal }),
  });
}

export function useClientPlan(ownerId: string, isShared: boolean) {
  return useQuery({
    queryKey: [...careTeamKey(ownerId), "plan"],
    enabled: isShared,
    queryFn: async ({ signal }) =>
      (await callApi(planEndpoints.getActivePlan, { params: { userId: ownerId }, signal })).plan,
  });
}

export function useClientDiarySummary(ownerId: string, isShared: boolean) {
  return useQuery({
    queryKey: [...careTeamKey(ownerId), "diary-summary"],
    enabled: isShared,
    queryFn: ({ signal }) =>
      callApi(careTeamEndpoints.getDiarySummary, { params: { userId: ownerId }, signal }),
  });
}

export function useClientSafetySheet(ownerId: string, isShared: boolean) {
  return useQuery({
    queryKey: [...careTeamKey(ownerId), "safety-sheet"],
    enabled: isShared,
    queryFn: ({ signal }) =>
      callApi(safetyEndpoints.getSafetySheet, { params: { userId: ownerId }, signal }),
  });
}

export function useProposeChange(ownerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposePlanChangeRequest) =>
      callApi(careTeamEndpoints.proposePlanChange, { params: { userId: ownerId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: careTeamKey(ownerId) }),
  });
}

export function useEnterDn4Examination(ownerId: string) {
  return useMutation({
    mutationFn: (body: { answers: Record<string, number>; idempotencyKey: string }) =>
      callApi(careTeamEndpoints.enterDn4Examination, { params: { userId: ownerId }, body }),
  });
}
