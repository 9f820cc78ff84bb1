import {
  safetyEndpoints,
  type PreSessionCheckRequest,
  type SafetyIntake,
  type SaveSafetyIntakeRequest,
} from "@painplan/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../api/call-api";
import { useSignedInUser } from "../accounts/signed-in-user";

/** Everything derived from the intake; invalidated together whenever the intake is saved. */
const safetyKey = (userId: string) => ["safety", userId] as const;

/** The first word of the query keys of areas whose answers carry safety verdicts. */
const areasShowingVerdicts = ["plan", "directory"] as const;

export function useSafetyIntake() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...safetyKey(userId), "intake"],
    queryFn: async ({ signal }) =>
      (await callApi(safetyEndpoints.getSafetyIntake, { params: { userId }, signal })).intake,
  });
}

export function useSafetyAssessment() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...safetyKey(userId), "assessment"],
    queryFn: ({ signal }) =>
      callApi(safetyEndpoints.getSafetyAssessment, { params: { userId }, signal }),
  });
}

export function useSafetySheet() {
  const { id: userId } = useSignedInUser();
  return useQuery({
    queryKey: [...safetyKey(userId), "sheet"],
    queryFn: ({ signal }) =>
      callApi(safetyEndpoints.getSafetySheet, { params: { userId }, signal }),
  });
}

export function useSaveSafetyIntake() {
  const { id: userId } = useSignedInUser();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSafetyIntakeRequest) =>
      callApi(safetyEndpoints.saveSafetyIntake, { params: { userId }, body }),
    onSuccess: ({ intake }) => {
      queryClient.setQueryData<SafetyIntake>([...safetyKey(userId), "intake"], intake);
      void queryClient.invalidateQueries({
        queryKey: safetyKey(userId),
        predicate: (query) => query.queryKey[2] !== "intake",
      });
      // Other areas show verdicts worked out from the answers: the plan's items and its
      // builder's check, the directory's fit. Their keys are spelled out rather than imported
      // so safety does not depend on the areas that depend on it. (A practice being played
      // keeps its routine: it is never refetched mid-way; the routines page reads it fresh.)
      for (const area of areasShowingVerdicts) {
        void queryClient.invalidateQueries({ queryKey: [area, userId] });
      }
    },
  });
}

export function useRunPreSessionCheck() {
  const { id: userId } = useSignedInUser();
  return useMutation({
    mutationFn: (body: PreSessionCheckRequest) =>
      callApi(safetyEndpoints.runPreSessionCheck, { params: { userId }, body }),
  });
}
