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
